import { describe, expect, it } from 'vitest';
import { aggregateCustomers, isStaleTick } from './aggregate-customers';
import { countOf } from './counts';
import { sampleCustomerSessions } from './aggregate-sample';
import type { CustomerSession } from './aggregate-types';

const now = Date.UTC(2026, 10, 25, 10, 0, 0);
const opts = { now, staleAfterMs: 60_000 };

const s = (over: Partial<CustomerSession>): CustomerSession => ({
  customer: 'Acme',
  accountName: 'acme-main',
  authName: 'acme1',
  ownerId: 1,
  ownerBpName: 'Partner One',
  ownerBpBriefName: 'P1',
  state: 'BOUND',
  mode: 'TRX',
  protocolVersion: '3.4',
  blocked: false,
  sessionLastTick: '2026-11-25 09:59:50',
  ...over,
});

describe('aggregateCustomers', () => {
  it('groups by owner with distinct counts, splits, stale and blocked', () => {
    const result = aggregateCustomers(
      [
        s({}),
        s({ authName: 'acme2', mode: 'TX', sessionLastTick: '2026-11-25 09:58:00' }),
        s({ customer: 'Beta', accountName: 'beta', authName: 'beta', blocked: true }),
        s({
          ownerId: 2,
          ownerBpName: 'Partner Two',
          ownerBpBriefName: 'P2',
          protocolVersion: '5.0',
          state: 'UNBINDING',
        }),
      ],
      opts,
    );
    expect(result.owners.map((o) => o.key)).toEqual(['1', '2']);
    const one = result.owners[0]!;
    expect(one).toMatchObject({
      ownerId: 1,
      ownerBpName: 'Partner One',
      ownerBpBriefName: 'P1',
      sessions: 3,
      customers: 2,
      accounts: 2,
      authNames: 3,
      stale: 1,
      blocked: 1,
      byMode: { TRX: 2, TX: 1 },
      byState: { BOUND: 3 },
      byProtocolVersion: { '3.4': 3 },
    });
    expect(result.totals).toMatchObject({ sessions: 4, customers: 2, authNames: 3, stale: 1 });
    expect(result.states).toEqual(['BOUND', 'UNBINDING']);
    expect(result.protocolVersions).toEqual(['3.4', '5.0']);
  });

  it('keeps sessions without an owner or values under "(none)" so totals add up', () => {
    const result = aggregateCustomers(
      [s({ ownerId: undefined, ownerBpName: undefined, mode: undefined })],
      opts,
    );
    expect(result.owners[0]).toMatchObject({
      key: '(none)',
      ownerId: null,
      byMode: { '(none)': 1 },
    });
  });

  it('adds up on a large sample and reports progress', () => {
    const sessions = sampleCustomerSessions(50_000, now);
    const progress: number[] = [];
    const result = aggregateCustomers(sessions, opts, (done) => progress.push(done), 10_000);
    expect(progress).toEqual([10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(result.owners.reduce((n, o) => n + o.sessions, 0)).toBe(50_000);
    const modes = Object.values(result.totals.byMode).reduce((a, b) => a + b, 0);
    expect(modes).toBe(50_000);
    const stale = sessions.filter((x) => isStaleTick(x.sessionLastTick, now, 60_000)).length;
    expect(result.totals.stale).toBe(stale);
    expect(result.totals.authNames).toBe(new Set(sessions.map((x) => x.authName)).size);
  });
});

describe('isStaleTick', () => {
  it('compares the last tick with now, honouring the platform offset', () => {
    expect(isStaleTick('2026-11-25 09:59:00', now, 60_000)).toBe(false);
    expect(isStaleTick('2026-11-25 09:58:59', now, 60_000)).toBe(true);
    expect(isStaleTick(undefined, now, 60_000)).toBe(false);
    // 10:59:30 in a zone one hour ahead is 09:59:30 UTC: fresh.
    expect(isStaleTick('2026-11-25 10:59:30', now, 60_000, 3_600_000)).toBe(false);
  });
});

describe('values named like Object.prototype members', () => {
  it('count like any other value, and the totals still add up', () => {
    const result = aggregateCustomers(
      [
        s({ state: 'constructor', mode: '__proto__', protocolVersion: 'toString' }),
        s({ state: 'constructor', mode: '__proto__', protocolVersion: 'hasOwnProperty' }),
        s({ ownerId: 2, ownerBpName: 'Partner Two', state: 'BOUND', mode: 'valueOf' }),
      ],
      opts,
    );
    const { totals } = result;
    expect({ ...totals.byState }).toEqual({ constructor: 2, BOUND: 1 });
    expect(Object.entries(totals.byMode).sort()).toEqual([
      ['__proto__', 2],
      ['valueOf', 1],
    ]);
    expect({ ...totals.byProtocolVersion }).toEqual({ toString: 1, hasOwnProperty: 1, '3.4': 1 });
    expect(result.states).toEqual(['BOUND', 'constructor']);
    expect(result.modes).toEqual(['__proto__', 'valueOf']);
    const owner2 = result.owners.find((o) => o.key === '2')!;
    // A value the owner does not have reads as none of it, not as Object.prototype's member.
    expect(countOf(owner2.byState, 'constructor')).toBe(0);
    expect(countOf(owner2.byMode, '__proto__')).toBe(0);
    expect(countOf(owner2.byMode, 'valueOf')).toBe(1);
  });

  it('are read correctly after a structured clone (the worker posts them to the page)', () => {
    const result = structuredClone(
      aggregateCustomers([s({ state: 'toString', mode: '__proto__' })], opts),
    );
    expect(countOf(result.totals.byState, 'toString')).toBe(1);
    expect(countOf(result.totals.byMode, '__proto__')).toBe(1);
    expect(countOf(result.totals.byMode, 'constructor')).toBe(0);
    expect(countOf(result.totals.byState, 'BOUND')).toBe(0);
  });
});
