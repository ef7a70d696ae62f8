// What each list resource offers to queries: sortable attributes, filterable ones, and the text compare.
import {
  customerQFields,
  lastTickMs,
  supplierQFields,
  lower,
  type CustomerSession,
  type SupplierSession,
} from './sessions';

export type SortValue = string | number | null;

export interface SortField<T> {
  /** Sort key: text lower-cased (case-insensitive order), numbers as numbers, booleans 0/1, null = absent. */
  key: (s: T, now: number, live: boolean) => SortValue;
  /** Keys that change with the clock (last tick in live mode) are not cached across seconds. */
  timeDependent?: boolean;
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

const text =
  <T>(get: (s: T) => string | null): SortField<T>['key'] =>
  (s) => {
    const v = get(s);
    return v === null ? null : lower(v);
  };
const num =
  <T>(get: (s: T) => number): SortField<T>['key'] =>
  (s) =>
    get(s);

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

export const customerResource: Resource<CustomerSession> = {
  name: 'customer session',
  sortFields: {
    sessionID: { key: num((s) => s.id) },
    customer: { key: text((s) => s.customer) },
    accountName: { key: text((s) => s.accountName) },
    accountID: { key: num((s) => s.accountID) },
    ipAddr: { key: text((s) => s.ipAddr) },
    serverAddr: { key: text((s) => s.serverAddr) },
    blocked: { key: (s) => (s.blocked ? 1 : 0) },
    sessionStart: { key: num((s) => s.startMs) },
    sessionLastTick: { key: (s, now, live) => lastTickMs(s, now, live), timeDependent: true },
    authName: { key: text((s) => s.authName) },
    protocol: { key: text((s) => s.protocol) },
    protocolVersion: { key: text((s) => s.protocolVersion) },
    mode: { key: text((s) => s.mode) },
    state: { key: text((s) => s.state) },
    ownerId: { key: num((s) => s.ownerId) },
    ownerBpName: { key: text((s) => s.ownerBpName) },
    ownerBpBriefName: { key: text((s) => s.ownerBpBriefName) },
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
    sessionID: { key: num((s) => s.id) },
    gateID: { key: num((s) => s.gateID) },
    connID: { key: num((s) => s.connID) },
    instNum: { key: num((s) => s.instNum) },
    sessionType: { key: text((s) => s.sessionType) },
    startDT: { key: num((s) => s.startMs) },
    status: { key: text((s) => s.status) },
    lastTickDT: { key: (s, now, live) => lastTickMs(s, now, live), timeDependent: true },
    protocolVersion: { key: text((s) => s.protocolVersion) },
    supplier: { key: text((s) => s.supplier) },
    gateName: { key: text((s) => s.gateName) },
    connectionName: { key: text((s) => s.connectionName) },
    remoteHost: { key: text((s) => s.remoteHost) },
    remotePort: { key: num((s) => s.remotePort) },
    localHost: { key: text((s) => s.localHost) },
    localPort: { key: num((s) => s.localPort) },
    gateCName: { key: text((s) => s.gateCName) },
    connectionCName: { key: text((s) => s.connectionCName) },
    ownerId: { key: num((s) => s.ownerId) },
    ownerBpName: { key: text((s) => s.ownerBpName) },
    ownerBpBriefName: { key: text((s) => s.ownerBpBriefName) },
  },
  filterFields: {
    ownerId: { kind: 'int', text: (s) => String(s.ownerId), num: (s) => s.ownerId },
    ownerBpName: { kind: 'text', text: (s) => s.lcOwnerBpName },
  },
  qFields: supplierQFields,
};
