import { describe, expect, it } from 'vitest';
import {
  findView,
  isViewAt,
  parseSavedViews,
  removeView,
  upsertView,
  viewNameError,
  viewPath,
  viewSearch,
  type SavedView,
} from './saved-views';

const acme: SavedView = { grid: 'customer-sessions', name: 'Acme', search: '?q=acme' };
const gates: SavedView = { grid: 'supplier-sessions', name: 'Down gates', search: '' };

describe('parsing stored saved views', () => {
  it('reads a valid list', () => {
    expect(parseSavedViews([acme, gates])).toEqual([acme, gates]);
  });

  it('falls back to an empty list for corrupt storage', () => {
    for (const bad of [null, undefined, 'oops', 12, { views: [] }]) {
      expect(parseSavedViews(bad)).toEqual([]);
    }
  });

  it('drops malformed entries and repeated names, keeping the rest', () => {
    const list = [
      acme,
      { ...acme, name: 'ACME', search: '?q=other' },
      { grid: 'wall', name: 'x', search: '' },
      { grid: 'customer-sessions', name: '', search: '' },
      { grid: 'customer-sessions', name: 'x'.repeat(61), search: '' },
      { grid: 'customer-sessions', name: 'Path change', search: '/../admin' },
      { grid: 'customer-sessions', name: 'Fragment', search: '?a=1#x' },
      'nonsense',
      gates,
    ];
    expect(parseSavedViews(list)).toEqual([acme, gates]);
  });
});

describe('naming views', () => {
  it('requires 1 to 60 characters after trimming', () => {
    expect(viewNameError('  ')).toBe('Enter a name');
    expect(viewNameError('x'.repeat(61))).toBe('Use at most 60 characters');
    expect(viewNameError(` ${'x'.repeat(60)} `)).toBeNull();
  });

  it('treats names alike regardless of case and spacing', () => {
    expect(findView([acme, gates], '  acme ')).toBe(acme);
    expect(findView([acme], 'Acme 2')).toBeUndefined();
  });

  it('replaces a view of the same name in place, or appends a new one', () => {
    const replaced = upsertView([acme, gates], { ...acme, name: 'acme', search: '?q=new' });
    expect(replaced).toEqual([{ ...acme, name: 'acme', search: '?q=new' }, gates]);
    expect(upsertView([acme], gates)).toEqual([acme, gates]);
    expect(removeView([acme, gates], 'ACME')).toEqual([gates]);
  });
});

describe('a view as a URL', () => {
  it('drops the page and always writes out the shown columns', () => {
    expect(viewSearch('?q=acme&page=3&sort=-sessionID', ['customer', 'sessionID'])).toBe(
      '?q=acme&sort=-sessionID&cols=customer%2CsessionID',
    );
    expect(viewSearch('?cols=ipAddr', ['customer'])).toBe('?cols=ipAddr');
    expect(viewSearch('', [])).toBe('');
  });

  it('opens on its grid', () => {
    expect(viewPath(acme)).toBe('/customer-sessions?q=acme');
  });

  it('is recognised on its grid whatever the order and encoding of the query, on any page', () => {
    const view: SavedView = { ...acme, search: '?q=acme&f=isnotempty%28serverAddr%29&cols=a%2Cb' };
    const at = (path: string, search: string) => isViewAt(view, path, search);
    expect(at('/customer-sessions', '?cols=a,b&f=isnotempty(serverAddr)&q=acme&page=2')).toBe(true);
    expect(at('/supplier-sessions', '?cols=a,b&f=isnotempty(serverAddr)&q=acme')).toBe(false);
    expect(at('/customer-sessions', '?cols=b,a&f=isnotempty(serverAddr)&q=acme')).toBe(false);
    expect(at('/customer-sessions', '?cols=a,b&q=acme')).toBe(false);
    expect(at('/customer-sessions', '?cols=a,b&f=isnotempty(serverAddr)&q=acme&sort=x')).toBe(
      false,
    );
    expect(isViewAt(gates, '/supplier-sessions', '')).toBe(true);
  });
});

describe('reading stored saved views strictly', () => {
  it('keeps only the known fields of an entry', () => {
    expect(parseSavedViews([{ ...acme, extra: '<script>' }])).toEqual([acme]);
  });

  it('drops entries whose fields have the wrong type', () => {
    expect(parseSavedViews([{ ...acme, search: 1 }, { ...gates, name: ['x'] }, [acme]])).toEqual(
      [],
    );
  });
});
