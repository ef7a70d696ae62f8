import { describe, expect, it } from 'vitest';
import {
  decodeFilter,
  decodeFilters,
  describeFilter,
  encodeFilter,
  FILTER_OPERATORS,
  filtersToApiParams,
  OPERATOR_KIND,
  OPERATOR_LABEL,
  validateFilter,
  type Filter,
  type FilterField,
} from './filter-grammar';

const customer: FilterField[] = [
  { id: 'accountName', label: 'Account', type: 'text' },
  { id: 'ipAddr', label: 'IP address', type: 'text' },
  { id: 'serverAddr', label: 'Server', type: 'text' },
];
const supplier: FilterField[] = [
  { id: 'ownerId', label: 'Owner ID', type: 'integer' },
  { id: 'ownerBpName', label: 'Owner BP', type: 'text' },
];

describe('operators', () => {
  it('covers the 18 documented operators, each in plain words', () => {
    expect(FILTER_OPERATORS).toHaveLength(18);
    expect(new Set(Object.values(OPERATOR_LABEL)).size).toBe(18);
    expect(OPERATOR_LABEL.startswith).toBe('starts with');
    expect(OPERATOR_LABEL.notbetween).toBe('not between');
  });
});

describe('validateFilter', () => {
  it('accepts each operator kind with fitting values', () => {
    expect(validateFilter({ field: 'accountName', op: 'isnull', values: ['x'] }, customer)).toEqual(
      {
        ok: true,
        filter: { field: 'accountName', op: 'isnull', values: [] },
      },
    );
    expect(
      validateFilter({ field: 'accountName', op: 'startswith', values: [' acme '] }, customer),
    ).toEqual({
      ok: true,
      filter: { field: 'accountName', op: 'startswith', values: ['acme'] },
    });
    expect(
      validateFilter({ field: 'ipAddr', op: 'in', values: ['192.0.2.1', '192.0.2.7'] }, customer)
        .ok,
    ).toBe(true);
    expect(
      validateFilter({ field: 'serverAddr', op: 'between', values: ['a', 'm'] }, customer).ok,
    ).toBe(true);
  });

  it('refuses undocumented attributes and unknown operators', () => {
    expect(validateFilter({ field: 'authName', op: 'eq', values: ['x'] }, customer)).toMatchObject({
      ok: false,
    });
    expect(validateFilter({ field: 'ownerId', op: 'eq', values: ['1'] }, customer)).toMatchObject({
      ok: false,
    });
    expect(
      validateFilter({ field: 'accountName', op: 'like' as never, values: ['x'] }, customer),
    ).toMatchObject({
      ok: false,
    });
  });

  it('refuses wrong arity, empty values and commas inside list values', () => {
    expect(validateFilter({ field: 'accountName', op: 'eq', values: [''] }, customer).ok).toBe(
      false,
    );
    expect(
      validateFilter({ field: 'accountName', op: 'between', values: ['a'] }, customer).ok,
    ).toBe(false);
    expect(validateFilter({ field: 'accountName', op: 'in', values: [] }, customer).ok).toBe(false);
    expect(validateFilter({ field: 'accountName', op: 'in', values: ['a,b'] }, customer).ok).toBe(
      false,
    );
  });

  it('keeps values with spaces whole and refuses a list longer than the API takes', () => {
    const names = ['Alpine SMS Hub AG', 'Baltic Wholesale Telecom'];
    expect(validateFilter({ field: 'accountName', op: 'in', values: names }, customer)).toEqual({
      ok: true,
      filter: { field: 'accountName', op: 'in', values: names },
    });
    // 50 values of 200 characters each pass one by one; joined they are 10,049 characters.
    const long = Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(200, 'x'));
    expect(validateFilter({ field: 'accountName', op: 'in', values: long }, customer)).toEqual({
      ok: false,
      error: 'Values too long together (at most 1000 characters)',
    });
    const fits = long.slice(0, 4);
    expect(validateFilter({ field: 'accountName', op: 'in', values: fits }, customer).ok).toBe(
      true,
    );
  });

  it('requires whole numbers for ownerId', () => {
    expect(validateFilter({ field: 'ownerId', op: 'gt', values: ['12'] }, supplier).ok).toBe(true);
    expect(validateFilter({ field: 'ownerId', op: 'gt', values: ['12a'] }, supplier)).toEqual({
      ok: false,
      error: 'Owner ID must be a whole number',
    });
    expect(
      validateFilter({ field: 'ownerId', op: 'between', values: ['1', 'x'] }, supplier).ok,
    ).toBe(false);
  });
});

describe('URL encoding', () => {
  const samples: Filter[] = [
    { field: 'accountName', op: 'isnotempty', values: [] },
    { field: 'accountName', op: 'contains', values: ['a:b~c&d=e'] },
    { field: 'ipAddr', op: 'notin', values: ['192.0.2.1', '198.51.100.2'] },
    { field: 'serverAddr', op: 'notbetween', values: ['10', '20'] },
  ];

  it('uses the API grammar and round-trips every kind', () => {
    expect(encodeFilter(samples[0]!)).toBe('isnotempty(accountName)');
    expect(encodeFilter(samples[2]!)).toBe('notin(ipAddr):192.0.2.1,198.51.100.2');
    for (const f of samples) expect(decodeFilter(encodeFilter(f), customer)).toEqual(f);
  });

  it('survives URLSearchParams escaping', () => {
    const params = new URLSearchParams();
    for (const f of samples) params.append('f', encodeFilter(f));
    const back = decodeFilters(new URLSearchParams(params.toString()).getAll('f'), customer);
    expect(back).toEqual(samples);
  });

  it('drops hostile or undocumented values instead of failing', () => {
    const texts = [
      'eq(authName):x',
      'drop(accountName):x',
      'startswith(accountName)',
      '<script>alert(1)</script>',
      'between(accountName):only-one',
      'x'.repeat(5000),
      'startswith(accountName):acme',
      'startswith(accountName):dup',
    ];
    expect(decodeFilters(texts, customer)).toEqual([
      { field: 'accountName', op: 'startswith', values: ['acme'] },
    ]);
  });
});

describe('request parameters', () => {
  it('builds operator(field)=value pairs', () => {
    expect(
      filtersToApiParams([
        { field: 'accountName', op: 'startswith', values: ['acme'] },
        { field: 'ipAddr', op: 'in', values: ['1', '2'] },
        { field: 'serverAddr', op: 'isnull', values: [] },
      ]),
    ).toEqual({ 'startswith(accountName)': 'acme', 'in(ipAddr)': '1,2', 'isnull(serverAddr)': '' });
  });

  it('describes filters in plain words for chips', () => {
    expect(
      describeFilter({ field: 'accountName', op: 'startswith', values: ['acme'] }, customer),
    ).toBe('Account starts with acme');
    expect(describeFilter({ field: 'ownerId', op: 'between', values: ['1', '9'] }, supplier)).toBe(
      'Owner ID between 1 and 9',
    );
    expect(OPERATOR_KIND.isempty).toBe('none');
  });
});
