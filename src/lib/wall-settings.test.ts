import { describe, expect, it } from 'vitest';
import { thresholdsFromParams } from './aggregate-wall';
import {
  describeBound,
  parseBoundInput,
  parseSecondsInput,
  refreshSecondsFromParams,
  withoutWallSettings,
  withSeconds,
  withThreshold,
} from './wall-settings';

describe('wall settings in the URL', () => {
  it('writes a threshold, leaves the default out, and writes "off" for no level', () => {
    const p = new URLSearchParams('refresh=30');
    expect(withThreshold(p, 'stale', 'red', 20).toString()).toBe('refresh=30&staleRed=20');
    expect(withThreshold(new URLSearchParams('staleRed=20'), 'stale', 'red', 10).toString()).toBe(
      '',
    );
    expect(withThreshold(p, 'blocked', 'amber', null).toString()).toBe(
      'refresh=30&blockedAmber=off',
    );
    // customerBinds has no amber level by default: none is the default, a number is written.
    expect(withThreshold(p, 'customerBinds', 'amber', null).toString()).toBe('refresh=30');
    expect(withThreshold(p, 'customerBinds', 'amber', 100).toString()).toBe(
      'refresh=30&customerBindsAmber=100',
    );
    // The input is not changed.
    expect(p.toString()).toBe('refresh=30');
  });

  it('round-trips through thresholdsFromParams', () => {
    let p = new URLSearchParams();
    p = withThreshold(p, 'gatesDown', 'red', 1);
    p = withThreshold(p, 'stale', 'amber', null);
    const t = thresholdsFromParams(p);
    expect(t.gatesDown).toEqual({ direction: 'above', amber: 1, red: 1 });
    expect(t.stale).toEqual({ direction: 'above', amber: null, red: 10 });
  });

  it('writes refresh and staleAfter, default left out, and clears every setting', () => {
    const p = new URLSearchParams('x=1');
    expect(withSeconds(p, 'refresh', 30).toString()).toBe('x=1&refresh=30');
    expect(withSeconds(new URLSearchParams('refresh=30'), 'refresh', 15).toString()).toBe('');
    expect(withSeconds(p, 'staleAfter', 60).toString()).toBe('x=1');
    expect(
      withoutWallSettings(
        new URLSearchParams('x=1&staleRed=3&blockedAmber=off&refresh=9&staleAfter=5'),
      ).toString(),
    ).toBe('x=1');
  });

  it('reads refresh with a floor of 5 s and 15 s by default', () => {
    expect(refreshSecondsFromParams(new URLSearchParams(''))).toBe(15);
    expect(refreshSecondsFromParams(new URLSearchParams('refresh=2'))).toBe(5);
    expect(refreshSecondsFromParams(new URLSearchParams('refresh=60'))).toBe(60);
    expect(refreshSecondsFromParams(new URLSearchParams('refresh=abc'))).toBe(15);
  });
});

describe('wall settings as typed', () => {
  it('accepts a whole number, or empty / "off" for no level', () => {
    expect(parseBoundInput(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseBoundInput('')).toEqual({ ok: true, value: null });
    expect(parseBoundInput('OFF')).toEqual({ ok: true, value: null });
    for (const bad of ['-1', '1.5', 'lots', '1e3', '9999999999']) {
      expect(parseBoundInput(bad).ok).toBe(false);
    }
  });
  it('accepts seconds within the range only', () => {
    expect(parseSecondsInput('30', 5, 3600)).toEqual({ ok: true, value: 30 });
    expect(parseSecondsInput('4', 5, 3600)).toEqual({
      ok: false,
      error: 'Enter whole seconds from 5 to 3600',
    });
    expect(parseSecondsInput('3601', 5, 3600).ok).toBe(false);
    expect(parseSecondsInput('', 5, 3600).ok).toBe(false);
  });
  it('describes a bound', () => {
    expect(describeBound(10, 'above')).toBe('at 10 or more');
    expect(describeBound(0, 'below')).toBe('at 0 or fewer');
    expect(describeBound(null, 'above')).toBe('off');
  });
});
