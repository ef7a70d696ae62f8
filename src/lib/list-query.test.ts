import { describe, expect, it } from 'vitest';
import { listCriteriaToAllQuery, listParamsToQuery } from './list-query';

describe('listCriteriaToAllQuery', () => {
  const criteria = {
    filters: [
      { field: 'accountName', op: 'startswith' as const, values: ['acme'] },
      { field: 'ipAddr', op: 'in' as const, values: ['192.0.2.1', '192.0.2.2'] },
    ],
    q: ' bind ',
    sort: [
      { id: 'sessionStart', desc: true },
      { id: 'customer', desc: false },
    ],
  };

  it('asks for every match of the same filters, search and sort, without paging', () => {
    expect(listCriteriaToAllQuery(criteria)).toEqual({
      'startswith(accountName)': 'acme',
      'in(ipAddr)': '192.0.2.1,192.0.2.2',
      q: 'bind',
      sort: '-sessionStart,customer',
      all: 'yes',
    });
  });

  it('matches the paged query apart from the paging parameters', () => {
    const paged = listParamsToQuery({ ...criteria, page: 3, size: 25 });
    const { page_size, page_number, ...rest } = paged;
    expect([page_size, page_number]).toEqual([25, 3]);
    const { all, ...allRest } = listCriteriaToAllQuery(criteria);
    expect(all).toBe('yes');
    expect(allRest).toEqual(rest);
  });

  it('leaves out an empty search and sort', () => {
    expect(listCriteriaToAllQuery({ filters: [], q: '  ', sort: [] })).toEqual({ all: 'yes' });
  });
});
