// Whole-population sorts (ranks, counting sorts, cached orders) against a plain comparator sort,
// before and after the rows change, and for last-tick orders that move with the clock.
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from './app';
import { Collection } from './collection';
import { createRng } from './prng';
import type { SortTerm } from './query';
import {
  compareSortValues,
  customerResource,
  type Resource,
  type SortField,
  type SortValue,
} from './resources';
import type { CustomerSession, Tick } from './sessions';
import { rankedOrder, rankKeys } from './sort-ranks';
import { API_PREFIX, bearer, clientToken, startSimulator, testCustomer } from './test-helpers';

const T0 = Date.UTC(2026, 0, 1, 12);
function customer(fields: Partial<CustomerSession> = {}): CustomerSession {
  return testCustomer({ startMs: T0 - 3_600_000, ...fields });
}

/** The order the API promises, by a plain comparator sort: keys in turn, then ascending ID. */
function expectedIds<T extends { id: number }>(
  rows: readonly T[],
  resource: Resource<T>,
  terms: SortTerm[],
  now: number,
  live: boolean,
): number[] {
  const fields = terms.map((t) => resource.sortFields[t.field] as SortField<T>);
  return [...rows]
    .sort((a, b) => {
      for (let k = 0; k < terms.length; k++) {
        const f = fields[k] as SortField<T>;
        const c = compareSortValues(f.key(a, now, live), f.key(b, now, live));
        if (c !== 0) return (terms[k] as SortTerm).desc ? -c : c;
      }
      return a.id - b.id;
    })
    .map((r) => r.id);
}

function sortedIds<T extends { id: number; alive: boolean; slot: number }>(
  c: Collection<T>,
  terms: SortTerm[],
  now: number,
  live = false,
): number[] {
  const order = c.sorted(terms, now, live);
  const rows = c.items;
  return order ? Array.from(order, (slot) => (rows[slot] as T).id) : rows.map((r) => r.id);
}

const spec = (text: string): SortTerm[] =>
  text.split(',').map((t) => ({ field: t.replace(/^-/, ''), desc: t.startsWith('-') }));

const NAMES = [
  'Acme',
  'acme',
  'ACME',
  'Émile',
  'émile',
  'zed',
  'Zed',
  '',
  'b',
  '𝔘nicode',
  '\uffee',
  'a b',
];

function randomCustomers(seed: number, count: number): CustomerSession[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () =>
    customer({
      customer: rng.pick(NAMES),
      accountName: rng.chance(0.2) ? null : rng.pick(NAMES) + rng.int(0, 3),
      accountID: rng.int(-5, 5) * (rng.chance(0.01) ? 2 ** 40 : 1),
      ipAddr: `192.0.2.${rng.int(0, 20)}`,
      serverAddr: rng.chance(0.3) ? null : rng.pick(['A:1', 'a:1', 'b:2']),
      blocked: rng.chance(0.5),
      startMs: T0 - rng.int(0, 2) * 1000 - (rng.chance(0.1) ? 2 ** 33 : 0),
      authName: rng.pick(NAMES).toLowerCase() + '_' + rng.int(0, 2),
      state: rng.pick(['BOUND', 'bound', 'UNBOUND']),
    }),
  );
}

const SPECS = [
  'customer',
  '-customer',
  'accountName',
  '-accountName',
  'accountID',
  '-accountID',
  'serverAddr,-ipAddr',
  '-blocked,customer,accountID',
  'sessionStart',
  '-sessionStart,authName',
  '-sessionID',
  'state,-sessionLastTick',
  'sessionLastTick',
];

describe('ranks and counting sorts', () => {
  it('rank numbers, text and nulls as compareSortValues orders them', () => {
    const cases: SortValue[][] = [
      [3, -1, 0, -0, 2.5, -2.5, 1e300, -1e300, Infinity, -Infinity, 3, null, 0],
      [2 ** 40, 7, 2 ** 40, -(2 ** 40), 7, null],
      [1_767_225_600_000, 1_767_225_600_001, 1_767_225_599_999, 1_767_225_600_000],
      ['b', 'a', 'B', null, '', 'a', 'é', 'É', '𝔘', '\uffee', 'ab'],
    ];
    for (const keys of cases) {
      const { ranks, count } = rankKeys(keys);
      const ids = keys.map((_, i) => i);
      for (const a of ids) {
        for (const b of ids) {
          const expected = Math.sign(compareSortValues(keys[a] as SortValue, keys[b] as SortValue));
          expect(Math.sign((ranks[a] as number) - (ranks[b] as number))).toBe(expected);
        }
        expect(ranks[a]).toBeLessThan(count);
      }
    }
  });

  it('orders by several keys, either direction, ties in slot order', () => {
    const rng = createRng(7);
    const n = 500;
    const a = rankKeys(Array.from({ length: n }, () => rng.int(0, 3)));
    const b = rankKeys(Array.from({ length: n }, () => (rng.chance(0.1) ? null : rng.int(0, 5))));
    for (const [descA, descB] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const order = Array.from(
        rankedOrder(
          [
            { ...a, desc: descA },
            { ...b, desc: descB },
          ],
          n,
        ),
      );
      const expected = Array.from({ length: n }, (_, i) => i).sort((x, y) => {
        const ca = (a.ranks[x] as number) - (a.ranks[y] as number);
        if (ca !== 0) return descA ? -ca : ca;
        const cb = (b.ranks[x] as number) - (b.ranks[y] as number);
        if (cb !== 0) return descB ? -cb : cb;
        return x - y;
      });
      expect(order).toEqual(expected);
    }
  });
});

describe('cached whole-population orders', () => {
  it('match a comparator sort for every spec, before and after rows come and go', () => {
    const c = new Collection(customerResource);
    c.replaceAll(randomCustomers(1, 400));
    const now = T0;
    const check = () => {
      for (const s of SPECS) {
        expect(sortedIds(c, spec(s), now), s).toEqual(
          expectedIds(c.items, customerResource, spec(s), now, false),
        );
      }
    };
    check();
    check(); // served from the cache

    const rng = createRng(2);
    c.remove((r) => r.customer === 'zed' || rng.chance(0.1));
    check();

    // New rows bring new values (a new first and last customer) and repeat old ones.
    c.add([
      customer({ customer: '0 first', accountName: null, accountID: -(2 ** 41) }),
      ...randomCustomers(3, 30),
      customer({ customer: '\u{10FFFF} last', serverAddr: 'zz', startMs: T0 + 1 }),
    ]);
    check();

    c.replaceAll(randomCustomers(4, 300));
    check();
  });

  it('frozen last tick: re-sorts while a new bind is still pinned to its start, caches after', () => {
    const c = new Collection(customerResource);
    // Frozen last tick = max(now - ageMs, startMs). `fresh` started at T0 with a 5 s old tick, so it
    // reads T0 until T0 + 5 s, then moves with the clock; `old` always reads now - 2 s.
    const old = customer({ startMs: T0 - 60_000, tick: tick(2000) });
    const fresh = customer({ startMs: T0, tick: tick(5000) });
    c.replaceAll([fresh, old]);
    const terms = spec('sessionLastTick');
    expect(sortedIds(c, terms, T0 + 1000)).toEqual([old.id, fresh.id]); // T0 - 1 s < T0
    expect(sortedIds(c, terms, T0 + 3000)).toEqual([fresh.id, old.id]); // T0 < T0 + 1 s
    expect(sortedIds(c, terms, T0 + 6000)).toEqual([fresh.id, old.id]); // T0 + 1 s < T0 + 4 s
    expect(sortedIds(c, terms, T0 + 60_000)).toEqual([fresh.id, old.id]);

    const later = customer({ startMs: T0 + 60_000, tick: tick(9000) });
    c.add([later]);
    expect(sortedIds(c, terms, T0 + 61_000)).toEqual(
      expectedIds(c.items, customerResource, terms, T0 + 61_000, false),
    );
    expect(sortedIds(c, terms, T0 + 68_000)).toEqual(
      expectedIds(c.items, customerResource, terms, T0 + 68_000, false),
    );
    expect(sortedIds(c, spec('-sessionLastTick'), T0 + 70_000)).toEqual([
      old.id,
      fresh.id,
      later.id,
    ]);
  });

  it('live last tick: the order is the one at the request instant, even within one second', () => {
    const c = new Collection(customerResource);
    // Healthy live ticks land at now - ((now + phase) % period); `a` ticks at T0 + 500 ms.
    const a = customer({ tick: { ...tick(0), periodMs: 10_000, phaseMs: 9_500 } });
    const b = customer({ tick: { ...tick(0), periodMs: 10_000, phaseMs: 5_000 } });
    c.replaceAll([a, b]);
    const terms = spec('-sessionLastTick');
    expect(sortedIds(c, terms, T0 + 100, true)).toEqual([b.id, a.id]);
    expect(sortedIds(c, terms, T0 + 900, true)).toEqual([a.id, b.id]);

    // Rows coming and going keep the clock inputs in step with the rows.
    c.add(randomCustomers(5, 200).map((r, i) => ({ ...r, tick: liveTick(i) })));
    c.remove((r) => r.id % 3 === 0);
    c.add([customer({ tick: { ...liveTick(7), hung: true, hungAtMs: T0 + 2500 } })]);
    for (const now of [T0 + 1000, T0 + 1001, T0 + 4321]) {
      for (const s of [
        '-sessionLastTick',
        'sessionLastTick,-customer',
        'blocked,-sessionLastTick',
      ]) {
        expect(sortedIds(c, spec(s), now, true), `${s} at ${now}`).toEqual(
          expectedIds(c.items, customerResource, spec(s), now, true),
        );
      }
    }
  });
});

function tick(ageMs: number): Tick {
  return { ageMs, hung: false, periodMs: 10_000, phaseMs: 0, hungAtMs: 0 };
}

function liveTick(i: number): Tick {
  const periodMs = 5000 + (i % 10) * 1000;
  return {
    ageMs: 0,
    hung: i % 17 === 0,
    periodMs,
    phaseMs: (i * 739) % periodMs,
    hungAtMs: T0 - i * 97,
  };
}

describe('sorted lists through the API after changes', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.app.close();
    sim = undefined;
  });

  type Item = { sessionID: string; customer: string; authName: string; ipAddr: string };
  type Page = { data: Item[]; meta: { pagination: { total: number } } };

  it('stop, add and reset are reflected in the next sorted page', async () => {
    sim = await startSimulator({ customerSessions: 800 });
    const s = sim;
    const headers = bearer(await clientToken(s));
    const page = async (qs: string) =>
      (await s.app.inject({ url: `${API_PREFIX}/sess-manager?${qs}`, headers })).json() as Page;
    const expectedPage = (qs: string, size: number) => {
      const terms = spec(new URLSearchParams(qs).get('sort') ?? '');
      return expectedIds(s.store.customers.items, customerResource, terms, Date.now(), false)
        .slice(0, size)
        .map(String);
    };
    const ids = (p: Page) => p.data.map((d) => d.sessionID);

    const qs = 'sort=authName,-ipAddr&page_size=50';
    const before = await page(qs);
    expect(ids(before)).toEqual(expectedPage(qs, 50));
    expect(ids(await page('sort=-customer&page_size=50'))).toEqual(
      expectedPage('sort=-customer', 50),
    );

    const stopped = (before.data[0] as Item).authName;
    const stop = await s.app.inject({
      method: 'PUT',
      url: `${API_PREFIX}/customer-connections/stop`,
      headers,
      payload: { authName: stopped },
    });
    expect(stop.statusCode).toBe(201);
    const afterStop = await page(qs);
    expect(afterStop.data.some((d) => d.authName === stopped)).toBe(false);
    expect(afterStop.meta.pagination.total).toBeLessThan(before.meta.pagination.total);
    expect(ids(afterStop)).toEqual(expectedPage(qs, 50));

    const added = await s.app.inject({
      method: 'POST',
      url: '/_simulator/customer-sessions',
      payload: { customer: '!!! First Customer', authName: '0_first', ipAddr: '203.0.113.254' },
    });
    expect(added.statusCode).toBe(201);
    const id = (added.json() as Item).sessionID;
    expect(ids(await page(qs))[0]).toBe(id);
    expect(ids(await page('sort=customer&page_size=10'))[0]).toBe(id);
    expect(ids(await page('sort=-customer&page_size=50'))).toEqual(
      expectedPage('sort=-customer', 50),
    );

    const reset = await s.app.inject({
      method: 'POST',
      url: '/_simulator/reset',
      payload: { customerSessions: 300 },
    });
    expect(reset.statusCode).toBe(200);
    const afterReset = await page(qs);
    expect(afterReset.meta.pagination.total).toBe(300);
    expect(ids(afterReset)).not.toContain(id);
    expect(ids(afterReset)).toEqual(expectedPage(qs, 50));
  });
});
