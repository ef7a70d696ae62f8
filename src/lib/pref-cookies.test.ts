import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_PREF_COOKIE_LENGTH,
  parsePrefCookies,
  prefCookie,
  writePrefCookie,
} from './pref-cookies';

afterEach(() => {
  for (const name of document.cookie.split('; ').map((c) => c.split('=')[0])) {
    document.cookie = `${name}=; path=/; max-age=0`;
  }
});

describe('prefCookie', () => {
  it('stores the value as encoded JSON for a year, for the given path', () => {
    expect(
      prefCookie('grid-customer-sessions', { density: 'compact' }, { path: '/customer-sessions' }),
    ).toBe(
      'console-pref-grid-customer-sessions=%7B%22density%22%3A%22compact%22%7D; path=/customer-sessions; max-age=31536000; samesite=lax',
    );
    expect(prefCookie('display', 1, { secure: true })).toBe(
      'console-pref-display=1; path=/; max-age=31536000; samesite=lax; secure',
    );
  });

  it('removes the cookie for null and for a value too long to send with every page', () => {
    expect(prefCookie('display', null)).toBe(
      'console-pref-display=; path=/; max-age=0; samesite=lax',
    );
    const long = 'x'.repeat(MAX_PREF_COOKIE_LENGTH);
    expect(prefCookie('display', long)).toContain('max-age=0');
  });

  it('writes into document.cookie, where the gateway reads it back', () => {
    writePrefCookie('display', { timeZone: 'Asia/Tokyo', staleSeconds: 90 });
    const [name, value] = document.cookie.split('=');
    expect(parsePrefCookies({ [name ?? '']: decodeURIComponent(value ?? '') })).toEqual({
      display: { timeZone: 'Asia/Tokyo', staleSeconds: 90 },
    });
    writePrefCookie('display', null);
    expect(document.cookie).toBe('');
  });
});

describe('parsePrefCookies', () => {
  it('takes only the preference cookies, by name without the prefix', () => {
    expect(
      parsePrefCookies({
        'console-session': 'secret',
        'console-color-scheme': 'dark',
        'console-pref-display': '{"timeZone":"UTC"}',
        'console-pref-grid-supplier-sessions': '{"cols":["gate"]}',
      }),
    ).toEqual({ display: { timeZone: 'UTC' }, 'grid-supplier-sessions': { cols: ['gate'] } });
  });

  it('drops what is not JSON, empty or too long, and keeps the rest', () => {
    expect(
      parsePrefCookies({
        'console-pref-a': '{not json',
        'console-pref-b': '',
        'console-pref-c': undefined,
        'console-pref-d': `"${'x'.repeat(MAX_PREF_COOKIE_LENGTH)}"`,
        'console-pref-e': '["ok"]',
      }),
    ).toEqual({ e: ['ok'] });
  });
});

describe('parsePrefCookies with hostile cookie names', () => {
  it('keeps a cookie named like an Object.prototype member as data, never as the prototype', () => {
    const prefs = parsePrefCookies({
      'console-pref-__proto__': JSON.stringify({ display: { timeZone: 'Asia/Tokyo' } }),
      'console-pref-constructor': '1',
    });
    expect('display' in prefs).toBe(false);
    expect(Object.hasOwn(prefs, '__proto__')).toBe(true);
    expect(prefs.constructor).toBe(1);
    expect(({} as Record<string, unknown>).display).toBeUndefined();
  });
});
