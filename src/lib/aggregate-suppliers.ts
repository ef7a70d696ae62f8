import { byCountThenName, ownerKey, sortedKeys } from './aggregate-customers';
import { UNKNOWN, type Counts, type SupplierSession } from './aggregate-types';
import { bump, newCounts } from './counts';

export type ConnectionHealth = 'up' | 'reconnecting' | 'down';
export type GateHealth = 'up' | 'degraded' | 'reconnecting' | 'down';

// The API documents `status` only as "Status of supplier session" (a string); we read bound/ok
// states as up, connecting/binding ones as reconnecting, anything else as down (our reading).
const UP = /^(bound|bound_?trx|bound_?tx|bound_?rx|ok|up|connected|active|online|open)/i;
const RECONNECTING = /(reconnect|connecting|binding|retry|pending|starting|restart)/i;

export function classifySupplierStatus(status: string | undefined): ConnectionHealth {
  if (!status) return 'down';
  if (RECONNECTING.test(status)) return 'reconnecting';
  if (UP.test(status)) return 'up';
  return 'down';
}

/** A gate is down when none of its connections is up or coming back, reconnecting when any is coming back. */
export function gateHealth(up: number, reconnecting: number, down: number): GateHealth {
  if (reconnecting > 0) return 'reconnecting';
  if (up === 0) return 'down';
  return down > 0 ? 'degraded' : 'up';
}

export interface SupplierGateRow {
  /** The gate code name (what a restart takes); `(none)` when missing. */
  gateCName: string;
  gateName: string;
  gateID: number | null;
  supplier: string;
  ownerId: number | null;
  ownerBpName: string;
  sessions: number;
  up: number;
  reconnecting: number;
  down: number;
  byStatus: Counts;
  health: GateHealth;
}

export interface SupplierOwnerRow {
  key: string;
  ownerId: number | null;
  ownerBpName: string;
  ownerBpBriefName: string;
  sessions: number;
  suppliers: number;
  gates: number;
  byStatus: Counts;
  byProtocolVersion: Counts;
  up: number;
  reconnecting: number;
  down: number;
  gatesDown: number;
  gatesReconnecting: number;
}

export interface SupplierBreakdown {
  owners: SupplierOwnerRow[];
  totals: SupplierOwnerRow;
  /** Worst first (down, reconnecting, degraded, up), then by code name. */
  gates: SupplierGateRow[];
  statuses: string[];
  protocolVersions: string[];
}

interface OwnerBucket {
  row: SupplierOwnerRow;
  suppliers: Set<string>;
  gates: Set<string>;
}

function newOwner(key: string, id: number | null, name: string, brief: string): OwnerBucket {
  return {
    row: {
      key,
      ownerId: id,
      ownerBpName: name,
      ownerBpBriefName: brief,
      sessions: 0,
      suppliers: 0,
      gates: 0,
      byStatus: newCounts(),
      byProtocolVersion: newCounts(),
      up: 0,
      reconnecting: 0,
      down: 0,
      gatesDown: 0,
      gatesReconnecting: 0,
    },
    suppliers: new Set(),
    gates: new Set(),
  };
}

const HEALTH_ORDER: Record<GateHealth, number> = { down: 0, reconnecting: 1, degraded: 2, up: 3 };

/** Supplier sessions grouped by owner business partner and by gate, in one pass. */
export function aggregateSuppliers(sessions: readonly SupplierSession[]): SupplierBreakdown {
  const owners = new Map<string, OwnerBucket>();
  const total = newOwner('*', null, 'All owners', 'All');
  const gates = new Map<string, SupplierGateRow>();
  for (const s of sessions) {
    const key = ownerKey(s.ownerId);
    let owner = owners.get(key);
    if (!owner) {
      owner = newOwner(
        key,
        s.ownerId ?? null,
        s.ownerBpName || UNKNOWN,
        s.ownerBpBriefName || s.ownerBpName || UNKNOWN,
      );
      owners.set(key, owner);
    }
    const health = classifySupplierStatus(s.status);
    const gateKey = s.gateCName || UNKNOWN;
    for (const o of [owner, total]) {
      o.row.sessions++;
      o.row[health]++;
      bump(o.row.byStatus, s.status || UNKNOWN);
      bump(o.row.byProtocolVersion, s.protocolVersion || UNKNOWN);
      if (s.supplier) o.suppliers.add(s.supplier);
      o.gates.add(gateKey);
    }
    let gate = gates.get(gateKey);
    if (!gate) {
      gate = {
        gateCName: gateKey,
        gateName: s.gateName || UNKNOWN,
        gateID: s.gateID ?? null,
        supplier: s.supplier || UNKNOWN,
        ownerId: s.ownerId ?? null,
        ownerBpName: s.ownerBpName || UNKNOWN,
        sessions: 0,
        up: 0,
        reconnecting: 0,
        down: 0,
        byStatus: newCounts(),
        health: 'up',
      };
      gates.set(gateKey, gate);
    }
    gate.sessions++;
    gate[health]++;
    bump(gate.byStatus, s.status || UNKNOWN);
  }
  const gateRows = [...gates.values()];
  for (const gate of gateRows) {
    gate.health = gateHealth(gate.up, gate.reconnecting, gate.down);
    const owner = owners.get(ownerKey(gate.ownerId));
    for (const o of [owner, total]) {
      if (!o) continue;
      if (gate.health === 'down') o.row.gatesDown++;
      if (gate.health === 'reconnecting') o.row.gatesReconnecting++;
    }
  }
  gateRows.sort(
    (a, b) =>
      HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health] || a.gateCName.localeCompare(b.gateCName),
  );
  const finish = (o: OwnerBucket): SupplierOwnerRow => {
    o.row.suppliers = o.suppliers.size;
    o.row.gates = o.gates.size;
    return o.row;
  };
  const totals = finish(total);
  return {
    owners: [...owners.values()].map(finish).sort(byCountThenName),
    totals,
    gates: gateRows,
    statuses: sortedKeys(totals.byStatus),
    protocolVersions: sortedKeys(totals.byProtocolVersion),
  };
}
