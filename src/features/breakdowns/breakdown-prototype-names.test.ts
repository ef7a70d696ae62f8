// States, modes, versions and statuses come from the platform: one named like an
// Object.prototype member ("constructor", "toString") must read as its own count, and as 0 for
// an owner without it, in the tables and CSV files, after the worker has posted the numbers.
import { describe, expect, it } from 'vitest';
import { aggregateCustomers } from '../../lib/aggregate-customers';
import { aggregateSuppliers } from '../../lib/aggregate-suppliers';
import type { CustomerSession, SupplierSession } from '../../lib/aggregate-types';
import { customerBreakdownCsv } from './customer-breakdown-section';
import { supplierBreakdownCsv } from './supplier-breakdown-section';

const now = Date.UTC(2026, 10, 25, 10, 0, 0);

const customer = (over: Partial<CustomerSession>): CustomerSession => ({
  customer: 'Acme',
  accountName: 'acme-main',
  authName: 'acme1',
  ownerId: 1,
  ownerBpName: 'Partner One',
  ownerBpBriefName: 'P1',
  state: 'BOUND',
  mode: 'TRX',
  protocolVersion: '3.4',
  sessionLastTick: '2026-11-25 09:59:50',
  ...over,
});

const supplier = (over: Partial<SupplierSession>): SupplierSession => ({
  gateCName: 'gw-a',
  gateName: 'GW-A',
  supplier: 'Carrier',
  status: 'BOUND_TRX',
  ownerId: 1,
  ownerBpName: 'Partner One',
  ownerBpBriefName: 'P1',
  protocolVersion: '3.4',
  ...over,
});

const rows = (csv: string) => csv.trim().split(/\r?\n/);

describe('breakdown CSV with values named like Object.prototype members', () => {
  it('customers: each owner gets its own count of each value, 0 where it has none', () => {
    const breakdown = structuredClone(
      aggregateCustomers(
        [
          customer({ state: 'constructor', mode: 'toString' }),
          customer({ ownerId: 2, ownerBpName: 'Partner Two', ownerBpBriefName: 'P2' }),
        ],
        { now, staleAfterMs: 60_000 },
      ),
    );
    const [header, one, two, all] = rows(customerBreakdownCsv(breakdown));
    expect(header).toContain('State constructor');
    expect(header).toContain('Mode toString');
    const columns = header!.split(',');
    const cell = (line: string | undefined, name: string) =>
      line!.split(',')[columns.indexOf(name)];
    expect(cell(one, 'State constructor')).toBe('1');
    expect(cell(two, 'State constructor')).toBe('0');
    expect(cell(two, 'Mode toString')).toBe('0');
    expect(cell(all, 'State constructor')).toBe('1');
    expect(cell(all, 'Mode toString')).toBe('1');
  });

  it('suppliers: a status named like a prototype member counts only where it occurs', () => {
    const breakdown = structuredClone(
      aggregateSuppliers([
        supplier({ status: 'constructor' }),
        supplier({ ownerId: 2, ownerBpName: 'Partner Two', ownerBpBriefName: 'P2' }),
      ]),
    );
    const [header, ...lines] = rows(supplierBreakdownCsv(breakdown));
    const columns = header!.split(',');
    const at = columns.indexOf('Status constructor');
    expect(at).toBeGreaterThan(-1);
    const byOwner = new Map(lines.map((line) => [line.split(',')[1], line.split(',')[at]]));
    expect(byOwner.get('Partner One')).toBe('1');
    expect(byOwner.get('Partner Two')).toBe('0');
  });
});
