import { describe, expect, it } from 'vitest';
import { createGridUrlParsers } from './grid-url-parsers';
import {
  parseColumns,
  parsePage,
  parsePageSize,
  parseRefreshInterval,
  parseSearch,
  parseSort,
  serializeColumns,
  serializeSort,
} from './grid-url-state';

const parsers = createGridUrlParsers({
  filterFields: [
    { id: 'accountName', label: 'Account', type: 'text' },
    { id: 'ipAddr', label: 'IP address', type: 'text' },
  ],
  sortable: ['sessionID', 'customer', 'sessionStart'],
  columns: ['sessionID', 'customer', 'sessionStart'],
  defaultColumns: ['sessionID', 'customer'],
  defaultSort: [],
});

describe('sort', () => {
  it('round-trips the API format', () => {
    const keys = parseSort('-sessionStart,customer', ['sessionStart', 'customer']);
    expect(keys).toEqual([
      { id: 'sessionStart', desc: true },
      { id: 'customer', desc: false },
    ]);
    expect(serializeSort(keys!)).toBe('-sessionStart,customer');
  });

  it('rejects unknown, duplicate or malformed keys', () => {
    expect(parseSort('password', ['customer'])).toBeNull();
    expect(parseSort('customer,-customer', ['customer'])).toBeNull();
    expect(parseSort('--customer', ['customer'])).toBeNull();
    expect(parseSort('', ['customer'])).toBeNull();
  });
});

describe('page, size, refresh, columns, search', () => {
  it('accepts sane values only', () => {
    expect(parsePage('3')).toBe(3);
    for (const bad of ['0', '-1', '1e3', '2.5', 'abc', '99999999', ' 2'])
      expect(parsePage(bad)).toBeNull();
    expect(parsePageSize('500')).toBe(500);
    for (const bad of ['7', '1000', '25.0', '']) expect(parsePageSize(bad)).toBeNull();
    expect(parseRefreshInterval('0')).toBe(0);
    expect(parseRefreshInterval('60')).toBe(60);
    expect(parseRefreshInterval('1')).toBeNull();
  });

  it('keeps known columns and drops the rest', () => {
    expect(parseColumns('customer,evil,sessionID,customer', ['sessionID', 'customer'])).toEqual([
      'customer',
      'sessionID',
    ]);
    expect(parseColumns('evil', ['sessionID'])).toBeNull();
  });

  it('keeps the column order as written, not the definition order', () => {
    const known = ['sessionID', 'customer', 'sessionStart'];
    expect(parseColumns('sessionStart,sessionID,customer', known)).toEqual([
      'sessionStart',
      'sessionID',
      'customer',
    ]);
    expect(serializeColumns(['customer', 'sessionID'])).toBe('customer,sessionID');
  });

  it('bounds and cleans the search text', () => {
    expect(parseSearch('acme')).toBe('acme');
    expect(parseSearch('a\u0000b')).toBe('ab');
    expect(parseSearch('x'.repeat(500))).toHaveLength(200);
    expect(parseSearch('')).toBeNull();
  });
});

describe('grid URL parsers', () => {
  it('round-trips a whole view', () => {
    const sort = [{ id: 'customer', desc: true }];
    expect(parsers.sort.parse(parsers.sort.serialize(sort))).toEqual(sort);
    expect(parsers.page.parse(parsers.page.serialize(4))).toBe(4);
    expect(parsers.size.parse(parsers.size.serialize(100))).toBe(100);
    expect(parsers.cols.parse(parsers.cols.serialize(['sessionStart']))).toEqual(['sessionStart']);
    const reordered = ['sessionStart', 'customer', 'sessionID'];
    expect(parsers.cols.parse(parsers.cols.serialize(reordered))).toEqual(reordered);
    expect(parsers.live.parse(parsers.live.serialize(30))).toBe(30);
    const filters = [
      { field: 'accountName', op: 'startswith' as const, values: ['acme'] },
      { field: 'ipAddr', op: 'in' as const, values: ['192.0.2.1', '192.0.2.2'] },
    ];
    expect(parsers.f.parse(parsers.f.serialize(filters))).toEqual(filters);
  });

  it('falls back to defaults on hostile values (null means default)', () => {
    expect(parsers.sort.parse('constructor')).toBeNull();
    expect(parsers.page.parse('-5')).toBeNull();
    expect(parsers.size.parse('1000000')).toBeNull();
    expect(parsers.cols.parse('__proto__')).toBeNull();
    expect(parsers.f.parse(['eq(authName):x', 'nonsense'])).toEqual([]);
    expect(parsers.page.defaultValue).toBe(1);
    expect(parsers.size.defaultValue).toBe(25);
    expect(parsers.cols.defaultValue).toEqual(['sessionID', 'customer']);
  });

  it('compares structured values by content so defaults are cleared from the URL', () => {
    expect(parsers.cols.eq(['sessionID', 'customer'], ['sessionID', 'customer'])).toBe(true);
    // A reordering is a different view, so it must not be taken for the default and cleared.
    expect(parsers.cols.eq(['customer', 'sessionID'], ['sessionID', 'customer'])).toBe(false);
    expect(parsers.sort.eq([], [])).toBe(true);
    expect(parsers.f.eq([], [])).toBe(true);
  });
});
