import { describe, expect, it } from 'vitest';
import { Collection } from './collection';
import { ApiError } from './errors';
import { paginationLinks, runList } from './list';
import { parseListQuery, parseRawQuery } from './query';
import { compareText, customerResource, supplierResource, type Resource } from './resources';
import { indexSupplier, type CustomerSession, type SupplierSession } from './sessions';
import { testCustomer as customer } from './test-helpers';

let nextId = 1;
const tick = { ageMs: 1000, hung: false, periodMs: 10_000, phaseMs: 0, hungAtMs: 0 };

function supplier(fields: Partial<SupplierSession>): SupplierSession {
  return indexSupplier({
    id: nextId++,
    alive: true,
    slot: -1,
    startMs: Date.UTC(2026, 0, 1),
    tick,
    gateID: 1,
    connID: 1,
    instNum: 1,
    sessionType: 'TRX',
    status: 'BOUND',
    protocolVersion: '3.4',
    supplier: 'Carrier',
    gateName: 'Carrier Gate',
    connectionName: 'Carrier Gate #1',
    remoteHost: '203.0.113.9',
    remotePort: 2775,
    localHost: 'gw',
    localPort: 40000,
    gateCName: 'carrier_gate',
    connectionCName: 'carrier_gate_1',
    ownerId: 1,
    ownerBpName: 'Owner',
    ownerBpBriefName: 'OWN',
    lcOwnerBpName: '',
    ...fields,
  });
}

const customers = new Collection(customerResource);
const rows = {
  alpha: customer({ accountName: 'Alpha', ipAddr: '192.0.2.10', customer: 'Zed Corp' }),
  beta: customer({ accountName: 'beta', ipAddr: '192.0.2.9', customer: 'acme' }),
  gamma: customer({ accountName: 'GAMMA ray', ipAddr: '198.51.100.1', customer: 'Beta Corp' }),
  empty: customer({ accountName: '', ipAddr: '203.0.113.5', serverAddr: '' }),
  nul: customer({ accountName: null, ipAddr: '203.0.113.6', serverAddr: null }),
  accent: customer({ accountName: 'Émile', ipAddr: '203.0.113.7' }),
};
customers.replaceAll(Object.values(rows));

function ids(qs: string, collection: Collection<CustomerSession> = customers): number[] {
  const query = parseListQuery(parseRawQuery(qs), collection.resource);
  return runList(collection, query, Date.now(), false).rows.map((r) => r.id);
}
const idOf = (...names: (keyof typeof rows)[]) => names.map((n) => rows[n].id);
function error(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}
const parseError = (
  qs: string,
  resource: Resource<CustomerSession> | Resource<SupplierSession> = customerResource,
) => error(() => parseListQuery(parseRawQuery(qs), resource as Resource<CustomerSession>));

describe('filters on customer sessions', () => {
  it('treats an omitted operator as eq, case-insensitively', () => {
    expect(ids('accountName=ALPHA')).toEqual(idOf('alpha'));
    expect(ids('eq(accountName)=alpha')).toEqual(idOf('alpha'));
    expect(ids('accountName=alp')).toEqual([]);
  });

  it('neq excludes the value and nulls (SQL-like)', () => {
    expect(ids('neq(accountName)=BETA')).toEqual(idOf('alpha', 'gamma', 'empty', 'accent'));
  });

  it('matches substrings with startswith, contains, endswith, doesnotcontain', () => {
    expect(ids('startswith(accountName)=gam')).toEqual(idOf('gamma'));
    expect(ids('contains(accountName)=A R')).toEqual(idOf('gamma'));
    expect(ids('endswith(accountName)=TA')).toEqual(idOf('beta'));
    expect(ids('doesnotcontain(accountName)=a')).toEqual(idOf('empty', 'accent'));
    expect(ids('contains(ipAddr)=.100.')).toEqual(idOf('gamma'));
  });

  it('distinguishes null from empty', () => {
    expect(ids('isnull(accountName)')).toEqual(idOf('nul'));
    expect(ids('isnotnull(accountName)')).toEqual(
      idOf('alpha', 'beta', 'gamma', 'empty', 'accent'),
    );
    expect(ids('isempty(accountName)')).toEqual(idOf('empty'));
    expect(ids('isnotempty(accountName)')).toEqual(idOf('alpha', 'beta', 'gamma', 'accent'));
    expect(ids('isnull(serverAddr)=ignored')).toEqual(idOf('nul'));
    expect(ids('isempty(serverAddr)')).toEqual(idOf('empty'));
  });

  it('compares text case-insensitively in code-point order', () => {
    expect(ids('lt(accountName)=BETA')).toEqual(idOf('alpha', 'empty'));
    expect(ids('lte(accountName)=BETA')).toEqual(idOf('alpha', 'beta', 'empty'));
    expect(ids('gt(accountName)=beta')).toEqual(idOf('gamma', 'accent'));
    expect(ids('gte(accountName)=gamma ray')).toEqual(idOf('gamma', 'accent'));
    // Text order, not numeric: "192.0.2.10" < "192.0.2.9".
    expect(ids('lt(ipAddr)=192.0.2.9')).toEqual(idOf('alpha'));
    expect(compareText('a', 'b')).toBeLessThan(0);
    expect(compareText('\u{1F600}', '\uFFFD')).toBeGreaterThan(0);
  });

  it('between and notbetween are inclusive at both ends', () => {
    expect(ids('between(accountName)=ALPHA,beta')).toEqual(idOf('alpha', 'beta'));
    expect(ids('notbetween(accountName)=alpha,BETA')).toEqual(idOf('gamma', 'empty', 'accent'));
    expect(ids('between(ipAddr)=192.0.2.10,192.0.2.9')).toEqual(idOf('alpha', 'beta'));
    expect(ids('between(accountName)=z,a')).toEqual([]);
  });

  it('in and notin take comma lists', () => {
    expect(ids('in(accountName)=ALPHA,beta,nope')).toEqual(idOf('alpha', 'beta'));
    expect(ids('notin(accountName)=alpha,beta')).toEqual(idOf('gamma', 'empty', 'accent'));
    expect(ids('in(accountName)=')).toEqual(idOf('empty'));
  });

  it('ANDs several filters, repeated ones included', () => {
    expect(ids('contains(accountName)=a&startswith(ipAddr)=192.0.2')).toEqual(
      idOf('alpha', 'beta'),
    );
    expect(ids('contains(accountName)=a&contains(accountName)=l')).toEqual(idOf('alpha'));
  });

  it('q searches names and addresses case-insensitively, with or without eq', () => {
    expect(ids('q=zed')).toEqual(idOf('alpha'));
    expect(ids('eq(q)=198.51')).toEqual(idOf('gamma'));
    expect(ids(`q=${rows.beta.id}`)).toContain(rows.beta.id);
    expect(ids('q=')).toHaveLength(6);
    expect(ids('q=TRX')).toEqual([]); // mode is not a q field
  });

  it('rejects unknown attributes and operators, naming them', () => {
    const e1 = parseError('customer=acme');
    expect(e1.code).toBe('SESSION_MANAGER_FILTER_INVALID');
    expect(e1.message).toContain('"customer"');
    expect(parseError('like(accountName)=a').message).toContain('"like"');
    expect(parseError('contains(q)=a').code).toBe('SESSION_MANAGER_FILTER_INVALID');
    expect(parseError('between(accountName)=a').message).toContain('exactly two');
    expect(parseError('between(accountName)=a,b,c').statusCode).toBe(400);
    expect(parseError('contains(accountName=a').code).toBe('SESSION_MANAGER_FILTER_INVALID');
    expect(parseError('ownerBpName=x').code).toBe('SESSION_MANAGER_FILTER_INVALID');
  });
});

describe('filters on supplier sessions', () => {
  const suppliers = new Collection(supplierResource);
  const s = {
    a: supplier({ ownerId: 7, ownerBpName: 'Côte Digital' }),
    b: supplier({ ownerId: 23, ownerBpName: 'alpine hub' }),
    c: supplier({ ownerId: 105, ownerBpName: 'Baltic' }),
  };
  suppliers.replaceAll(Object.values(s));
  const sids = (qs: string) =>
    runList(
      suppliers,
      parseListQuery(parseRawQuery(qs), supplierResource),
      Date.now(),
      false,
    ).rows.map((r) => r.id);

  it('compares ownerId numerically', () => {
    expect(sids('lt(ownerId)=100')).toEqual([s.a.id, s.b.id]);
    expect(sids('between(ownerId)=7,23')).toEqual([s.a.id, s.b.id]);
    expect(sids('in(ownerId)=105,7')).toEqual([s.a.id, s.c.id]);
    expect(sids('ownerId=23')).toEqual([s.b.id]);
    expect(sids('startswith(ownerId)=1')).toEqual([s.c.id]);
  });

  it('rejects non-integer ownerId values and customer attributes', () => {
    expect(parseError('ownerId=abc', supplierResource).message).toContain('integer');
    expect(parseError('in(ownerId)=1,x', supplierResource).code).toBe(
      'SESSION_MANAGER_FILTER_INVALID',
    );
    expect(parseError('accountName=a', supplierResource).code).toBe(
      'SESSION_MANAGER_FILTER_INVALID',
    );
  });

  it('matches ownerBpName case-insensitively, accents included', () => {
    expect(sids('ownerBpName=CÔTE DIGITAL')).toEqual([s.a.id]);
    expect(sids('gte(ownerBpName)=B')).toEqual([s.a.id, s.c.id]);
  });
});

describe('sort', () => {
  it('sorts by several keys, - for descending, case-insensitively, ID as tie-break', () => {
    expect(ids('sort=customer&page_size=3')).toEqual(idOf('beta', 'empty', 'nul'));
    expect(ids('sort=-customer&page_size=2')).toEqual(idOf('alpha', 'gamma'));
    expect(ids('sort=customer,-accountName&page_size=6')).toEqual(
      idOf('accent', 'beta', 'empty', 'nul', 'gamma', 'alpha'),
    );
  });

  it('puts nulls first ascending and last descending', () => {
    expect(ids('sort=accountName&page_size=2')).toEqual(idOf('nul', 'empty'));
    expect(ids('sort=-accountName&page_size=6').slice(-2)).toEqual(idOf('empty', 'nul'));
  });

  it('sorts numbers numerically and sessionID as a number', () => {
    const c = new Collection(customerResource);
    const r = [
      customer({ accountID: 100 }),
      customer({ accountID: 9 }),
      customer({ accountID: 20 }),
    ];
    c.replaceAll(r);
    expect(ids('sort=accountID', c)).toEqual([r[1]!.id, r[2]!.id, r[0]!.id]);
    expect(ids('sort=-sessionID', c)).toEqual([r[2]!.id, r[1]!.id, r[0]!.id]);
  });

  it('rejects unknown, empty and repeated attributes', () => {
    expect(parseError('sort=nope').code).toBe('SESSION_MANAGER_SORT_INVALID');
    expect(parseError('sort=nope').message).toContain('"nope"');
    expect(parseError('sort=customer,,ipAddr').code).toBe('SESSION_MANAGER_SORT_INVALID');
    expect(parseError('sort=customer,-customer').code).toBe('SESSION_MANAGER_SORT_INVALID');
  });
});

describe('paging', () => {
  const run = (qs: string) => {
    const query = parseListQuery(parseRawQuery(qs), customerResource);
    return { query, result: runList(customers, query, Date.now(), false) };
  };

  it('defaults to page 1 of 10', () => {
    const { result } = run('');
    expect(result).toMatchObject({ page: 1, perPage: 10, total: 6, totalPages: 1 });
  });

  it('pages with page_size/page_number and with paging=n,size', () => {
    expect(run('page_size=4&page_number=2').result.rows.map((r) => r.id)).toEqual(
      idOf('nul', 'accent'),
    );
    expect(run('paging=2,4').result.rows.map((r) => r.id)).toEqual(idOf('nul', 'accent'));
    expect(run('paging=3,4').result).toMatchObject({ rows: [], page: 3, totalPages: 2 });
  });

  it('all=yes returns every match on one page', () => {
    expect(run('all=yes&page_size=2').result).toMatchObject({ perPage: 6, totalPages: 1, page: 1 });
    expect(run('all=yes&page_size=2').result.rows).toHaveLength(6);
    expect(run('all=no&page_size=2').result.rows).toHaveLength(2);
  });

  it('caps page_size at 1000', () => {
    expect(run('page_size=5000').result.perPage).toBe(1000);
  });

  it('rejects bad paging values', () => {
    for (const qs of [
      'page_size=0',
      'page_size=-1',
      'page_size=abc',
      'page_number=1.5',
      'paging=1',
      'paging=0,10',
      'all=maybe',
      'paging=1,10&page_size=5',
    ]) {
      expect(parseError(qs).code, qs).toBe('SESSION_MANAGER_PAGING_INVALID');
    }
    expect(parseError('sort=a&sort=b').code).toBe('SESSION_MANAGER_QUERY_INVALID');
    expect(parseError('q=%E0%A4%A').code).toBe('SESSION_MANAGER_QUERY_INVALID');
  });

  it('builds links with the same query and only the page replaced', () => {
    const { query, result } = run('contains(accountName)=a&page_size=1&page_number=2');
    const links = paginationLinks(
      'http://h/p',
      query.params,
      query.paging,
      result.page,
      result.totalPages,
    );
    expect(result.totalPages).toBe(3);
    expect(links).toEqual({
      first: 'http://h/p?contains(accountName)=a&page_size=1&page_number=1',
      last: 'http://h/p?contains(accountName)=a&page_size=1&page_number=3',
      prev: 'http://h/p?contains(accountName)=a&page_size=1&page_number=1',
      next: 'http://h/p?contains(accountName)=a&page_size=1&page_number=3',
    });
    const first = paginationLinks('http://h/p', [], run('').query.paging, 1, 1);
    expect(first).toEqual({ first: 'http://h/p?page_number=1', last: 'http://h/p?page_number=1' });
    const paging = run('paging=1,2');
    expect(paginationLinks('http://h/p', paging.query.params, paging.query.paging, 1, 3).next).toBe(
      'http://h/p?paging=2,2',
    );
  });
});
