// What each list resource offers to queries: sortable attributes, filterable ones, and the text compare.
import {
  customerQFields,
  lastTickAt,
  lastTickMs,
  supplierQFields,
  lower,
  type CustomerSession,
  type SupplierSession,
  type Tick,
} from './sessions';

export type SortValue = string | number | null;

export interface SortField<T> {
  /** Sort key: text lower-cased (case-insensitive order), numbers as numbers, booleans 0/1, null = absent. */
  key: (s: T, now: number, live: boolean) => SortValue;
  /** Text fields: the value before lower-casing (whole-population sorts lower-case distinct values once). */
  raw?: (s: T) => string | null;
  /** Number fields: the value (read without the clock, so whole-population sorts can keep it). */
  num?: (s: T) => number;
  /**
   * Keys that move with the clock (the last tick): orders on them are computed at the request's
   * instant and not cached, except in frozen mode once every row is past `settled.from`: from then
   * on all keys move in step with the clock, so they sort as `settled.key` does, until rows change.
   */
  timeDependent?: boolean;
  settled?: { from: (s: T) => number; key: (s: T) => number };
  /** The key's clock-free inputs and how they give the key at an instant (columns, not row walks). */
  clock?: {
    inputs: ((s: T) => number)[];
    at: (inputs: readonly (readonly number[])[], i: number, now: number, live: boolean) => number;
  };
  /** The row ID: slots are in ID order, so the order needs no sorting. */
  isId?: boolean;
}

export interface FilterField<T> {
  kind: 'text' | 'int';
  /** Lower-cased text for text fields; the number for int fields. */
  text: (s: T) => string | null;
  num?: (s: T) => number | null;
}

export interface Resource<T> {
  name: string;
  sortFields: Record<string, SortField<T>>;
  filterFields: Record<string, FilterField<T>>;
  qFields: (s: T) => (string | null)[];
}

const text = <T>(get: (s: T) => string | null): SortField<T> => ({
  key: (s) => {
    const v = get(s);
    return v === null ? null : lower(v);
  },
  raw: get,
});
const num = <T>(get: (s: T) => number): SortField<T> => ({ key: (s) => get(s), num: get });

/** Compares two strings in Unicode code-point order (plain `<` compares UTF-16 units). */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) return codeUnitRank(x) - codeUnitRank(y);
      return x - y;
    }
  }
  return a.length - b.length;
}

// Surrogates (astral code points) must rank above U+E000..U+FFFF.
function codeUnitRank(u: number): number {
  return u <= 0xdfff ? u + 0x2000 : u - 0x800;
}

export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

type Ticked = { startMs: number; tick: Tick };

/** Frozen last tick = max(now - ageMs, startMs): clamped to the start until then, now - ageMs after. */
const frozenTick = {
  from: (s: Ticked) => s.startMs + s.tick.ageMs,
  key: (s: Ticked) => -s.tick.ageMs,
};

const tickClock = {
  inputs: [
    (s: Ticked) => s.startMs,
    (s: Ticked) => s.tick.ageMs,
    (s: Ticked) => (s.tick.hung ? 1 : 0),
    (s: Ticked) => s.tick.hungAtMs,
    (s: Ticked) => s.tick.periodMs,
    (s: Ticked) => s.tick.phaseMs,
  ],
  at: (c: readonly (readonly number[])[], i: number, now: number, live: boolean) =>
    lastTickAt(
      c[0]?.[i] as number,
      c[1]?.[i] as number,
      c[2]?.[i] === 1,
      c[3]?.[i] as number,
      c[4]?.[i] as number,
      c[5]?.[i] as number,
      now,
      live,
    ),
};

/** A session's last tick: moves with the clock while live, settles once frozen (both kinds). */
const lastTickField: SortField<Ticked> = {
  key: (s, now, live) => lastTickMs(s, now, live),
  timeDependent: true,
  settled: frozenTick,
  clock: tickClock,
};

export const customerResource: Resource<CustomerSession> = {
  name: 'customer session',
  sortFields: {
    sessionID: { ...num((s) => s.id), isId: true },
    customer: text((s) => s.customer),
    accountName: text((s) => s.accountName),
    accountID: num((s) => s.accountID),
    ipAddr: text((s) => s.ipAddr),
    serverAddr: text((s) => s.serverAddr),
    blocked: num((s) => (s.blocked ? 1 : 0)),
    sessionStart: num((s) => s.startMs),
    sessionLastTick: lastTickField,
    authName: text((s) => s.authName),
    protocol: text((s) => s.protocol),
    protocolVersion: text((s) => s.protocolVersion),
    mode: text((s) => s.mode),
    state: text((s) => s.state),
    ownerId: num((s) => s.ownerId),
    ownerBpName: text((s) => s.ownerBpName),
    ownerBpBriefName: text((s) => s.ownerBpBriefName),
  },
  filterFields: {
    accountName: { kind: 'text', text: (s) => s.lcAccountName },
    ipAddr: { kind: 'text', text: (s) => s.lcIpAddr },
    serverAddr: { kind: 'text', text: (s) => s.lcServerAddr },
  },
  qFields: customerQFields,
};

export const supplierResource: Resource<SupplierSession> = {
  name: 'supplier session',
  sortFields: {
    sessionID: { ...num((s) => s.id), isId: true },
    gateID: num((s) => s.gateID),
    connID: num((s) => s.connID),
    instNum: num((s) => s.instNum),
    sessionType: text((s) => s.sessionType),
    startDT: num((s) => s.startMs),
    status: text((s) => s.status),
    lastTickDT: lastTickField,
    protocolVersion: text((s) => s.protocolVersion),
    supplier: text((s) => s.supplier),
    gateName: text((s) => s.gateName),
    connectionName: text((s) => s.connectionName),
    remoteHost: text((s) => s.remoteHost),
    remotePort: num((s) => s.remotePort),
    localHost: text((s) => s.localHost),
    localPort: num((s) => s.localPort),
    gateCName: text((s) => s.gateCName),
    connectionCName: text((s) => s.connectionCName),
    ownerId: num((s) => s.ownerId),
    ownerBpName: text((s) => s.ownerBpName),
    ownerBpBriefName: text((s) => s.ownerBpBriefName),
  },
  filterFields: {
    ownerId: { kind: 'int', text: (s) => String(s.ownerId), num: (s) => s.ownerId },
    ownerBpName: { kind: 'text', text: (s) => s.lcOwnerBpName },
  },
  qFields: supplierQFields,
};
