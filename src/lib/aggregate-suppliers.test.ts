import { describe, expect, it } from 'vitest';
import { aggregateSuppliers, classifySupplierStatus, gateHealth } from './aggregate-suppliers';
import { countOf } from './counts';
import type { SupplierSession } from './aggregate-types';

const s = (gateCName: string, status: string, over: Partial<SupplierSession> = {}) =>
  ({
    gateCName,
    gateName: gateCName.toUpperCase(),
    supplier: 'Carrier',
    status,
    ownerId: 1,
    ownerBpName: 'Partner One',
    ownerBpBriefName: 'P1',
    protocolVersion: '3.4',
    ...over,
  }) satisfies SupplierSession;

describe('classifySupplierStatus', () => {
  it('reads bound/ok states as up and connecting ones as reconnecting', () => {
    expect(classifySupplierStatus('BOUND_TRX')).toBe('up');
    expect(classifySupplierStatus('ok')).toBe('up');
    expect(classifySupplierStatus('RECONNECTING')).toBe('reconnecting');
    expect(classifySupplierStatus('BINDING')).toBe('reconnecting');
    expect(classifySupplierStatus('DOWN')).toBe('down');
    expect(classifySupplierStatus('UNBOUND')).toBe('down');
    expect(classifySupplierStatus(undefined)).toBe('down');
  });
});

describe('gateHealth', () => {
  it('ranks reconnecting, down, degraded and up', () => {
    expect(gateHealth(2, 0, 0)).toBe('up');
    expect(gateHealth(1, 0, 1)).toBe('degraded');
    expect(gateHealth(0, 0, 2)).toBe('down');
    expect(gateHealth(1, 1, 0)).toBe('reconnecting');
  });
});

describe('aggregateSuppliers', () => {
  it('groups by owner and by gate, counting gates down and reconnecting', () => {
    const result = aggregateSuppliers([
      s('g1', 'BOUND'),
      s('g1', 'BOUND'),
      s('g2', 'DOWN'),
      s('g3', 'RECONNECTING', { ownerId: 2, ownerBpName: 'Partner Two', supplier: 'Other' }),
      s('g4', 'BOUND', { ownerId: 2, ownerBpName: 'Partner Two' }),
      s('g4', 'DOWN', { ownerId: 2, ownerBpName: 'Partner Two' }),
    ]);
    expect(result.gates.map((g) => [g.gateCName, g.health])).toEqual([
      ['g2', 'down'],
      ['g3', 'reconnecting'],
      ['g4', 'degraded'],
      ['g1', 'up'],
    ]);
    expect(result.owners.map((o) => [o.key, o.sessions, o.gates, o.suppliers])).toEqual([
      ['1', 3, 2, 1],
      ['2', 3, 2, 2],
    ]);
    expect(result.totals).toMatchObject({
      sessions: 6,
      up: 3,
      down: 2,
      reconnecting: 1,
      gatesDown: 1,
      gatesReconnecting: 1,
      byStatus: { BOUND: 3, DOWN: 2, RECONNECTING: 1 },
    });
    expect(result.statuses).toEqual(['BOUND', 'DOWN', 'RECONNECTING']);
  });
});

describe('statuses named like Object.prototype members', () => {
  it('count like any other status, per owner, in the totals and per gate', () => {
    const result = aggregateSuppliers([
      s('gw-a', 'constructor'),
      s('gw-a', '__proto__'),
      s('gw-b', 'BOUND_TRX', { protocolVersion: 'toString', ownerId: 2, ownerBpName: 'Two' }),
    ]);
    expect(Object.entries(result.totals.byStatus).sort()).toEqual([
      ['BOUND_TRX', 1],
      ['__proto__', 1],
      ['constructor', 1],
    ]);
    expect(countOf(result.totals.byProtocolVersion, 'toString')).toBe(1);
    const gateA = result.gates.find((g) => g.gateCName === 'gw-a')!;
    expect(countOf(gateA.byStatus, 'constructor')).toBe(1);
    expect(countOf(gateA.byStatus, '__proto__')).toBe(1);
    const owner2 = result.owners.find((o) => o.ownerId === 2)!;
    expect(countOf(owner2.byStatus, 'constructor')).toBe(0);
    expect(result.statuses).toEqual(['__proto__', 'BOUND_TRX', 'constructor']);
  });
});
