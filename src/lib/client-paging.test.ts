import { describe, expect, it } from 'vitest';
import { diffRowIds, pageRows } from './client-paging';
import { listParamsToQuery } from './list-query';

describe('pageRows', () => {
  it('trusts a server page that fits', () => {
    expect(pageRows([1, 2], 40, 2, 10)).toEqual({ rows: [1, 2], total: 40, clientPaged: false });
  });

  it('pages on the client when the server ignored page_size', () => {
    const all = Array.from({ length: 23 }, (_, i) => i);
    expect(pageRows(all, 23, 3, 10)).toEqual({ rows: [20, 21, 22], total: 23, clientPaged: true });
  });
});

describe('diffRowIds', () => {
  it('finds rows that appeared and counts rows that left', () => {
    const { added, left } = diffRowIds(new Set(['a', 'b', 'c']), ['b', 'c', 'd']);
    expect([...added]).toEqual(['d']);
    expect(left).toBe(1);
  });
});

describe('listParamsToQuery', () => {
  it('builds the API query', () => {
    expect(
      listParamsToQuery({
        filters: [{ field: 'accountName', op: 'startswith', values: ['acme'] }],
        q: ' x ',
        sort: [
          { id: 'customer', desc: true },
          { id: 'sessionID', desc: false },
        ],
        page: 2,
        size: 50,
      }),
    ).toEqual({
      'startswith(accountName)': 'acme',
      q: 'x',
      sort: '-customer,sessionID',
      page_size: 50,
      page_number: 2,
    });
  });
});
