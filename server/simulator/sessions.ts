// Session records as the simulator keeps them, and how one serialises to the API's item shape.
import { formatPlatformTime } from './time-format';

/** Tick bookkeeping: healthy sessions tick every few seconds; hung ones stopped minutes ago. */
export interface Tick {
  /** Frozen mode: the last tick is always `now - ageMs` (healthy < 15 s, hung: minutes). */
  ageMs: number;
  hung: boolean;
  /** Live mode: healthy sessions tick every periodMs, offset by phaseMs. */
  periodMs: number;
  phaseMs: number;
  /** Live mode: a hung session's last tick stays at this instant. */
  hungAtMs: number;
}

interface Base {
  id: number;
  alive: boolean;
  /** Position in its collection's ID-ordered list (kept by Collection). */
  slot: number;
  startMs: number;
  tick: Tick;
}

export interface CustomerSession extends Base {
  customer: string;
  accountName: string | null;
  accountID: number;
  ipAddr: string;
  serverAddr: string | null;
  blocked: boolean;
  authName: string;
  protocol: string;
  protocolVersion: string;
  mode: string;
  state: string;
  ownerId: number;
  ownerBpName: string;
  ownerBpBriefName: string;
  lcAccountName: string | null;
  lcIpAddr: string;
  lcServerAddr: string | null;
}

export interface SupplierSession extends Base {
  gateID: number;
  connID: number;
  instNum: number;
  sessionType: string;
  status: string;
  protocolVersion: string;
  supplier: string;
  gateName: string;
  connectionName: string;
  remoteHost: string;
  remotePort: number;
  localHost: string;
  localPort: number;
  gateCName: string;
  connectionCName: string;
  ownerId: number;
  ownerBpName: string;
  ownerBpBriefName: string;
  lcOwnerBpName: string;
}

const lowerCache = new Map<string, string>();
/** Lower-cases with a shared cache, so the many repeated names share one string. */
export function lower(value: string): string {
  let hit = lowerCache.get(value);
  if (hit === undefined) {
    hit = value.toLowerCase();
    if (lowerCache.size > 200_000) lowerCache.clear();
    lowerCache.set(value, hit);
  }
  return hit;
}

export function customerQFields(s: CustomerSession): (string | null)[] {
  return [String(s.id), s.customer, s.accountName, s.authName, s.ipAddr, s.serverAddr];
}

export function supplierQFields(s: SupplierSession): (string | null)[] {
  return [
    String(s.id),
    s.supplier,
    s.gateName,
    s.connectionName,
    s.gateCName,
    s.connectionCName,
    s.remoteHost,
    s.ownerBpName,
  ];
}

/** Fills the derived (lower-case, search) fields after any change to a record. */
export function indexCustomer(s: CustomerSession): CustomerSession {
  s.lcAccountName = s.accountName === null ? null : lower(s.accountName);
  s.lcIpAddr = lower(s.ipAddr);
  s.lcServerAddr = s.serverAddr === null ? null : lower(s.serverAddr);
  return s;
}

export function indexSupplier(s: SupplierSession): SupplierSession {
  s.lcOwnerBpName = lower(s.ownerBpName);
  return s;
}

export function lastTickMs(s: { startMs: number; tick: Tick }, now: number, live: boolean): number {
  const t = s.tick;
  return lastTickAt(s.startMs, t.ageMs, t.hung, t.hungAtMs, t.periodMs, t.phaseMs, now, live);
}

/** lastTickMs from the session's numbers (whole-population sorts keep them as columns). */
export function lastTickAt(
  startMs: number,
  ageMs: number,
  hung: boolean,
  hungAtMs: number,
  periodMs: number,
  phaseMs: number,
  now: number,
  live: boolean,
): number {
  let at: number;
  if (!live) at = now - ageMs;
  else if (hung) at = hungAtMs;
  else at = now - ((now + phaseMs) % periodMs);
  return Math.max(at, startMs);
}

export type CustomerItem = {
  sessionID: string;
  customer: string;
  accountName?: string;
  accountID: number;
  ipAddr: string;
  serverAddr?: string;
  blocked: boolean;
  sessionStart: string;
  sessionLastTick: string;
  authName: string;
  protocol: string;
  protocolVersion: string;
  mode: string;
  state: string;
  ownerId: number;
  ownerBpName: string;
  ownerBpBriefName: string;
};

export type SupplierItem = {
  sessionID: string;
  gateID: number;
  connID: number;
  instNum: number;
  sessionType: string;
  startDT: string;
  status: string;
  lastTickDT: string;
  protocolVersion: string;
  supplier: string;
  gateName: string;
  connectionName: string;
  remoteHost: string;
  remotePort: number;
  localHost: string;
  localPort: number;
  gateCName: string;
  connectionCName: string;
  ownerId: number;
  ownerBpName: string;
  ownerBpBriefName: string;
};

/** A null attribute is left out of the item (the schema types it as string; absent = null). */
export function customerItem(s: CustomerSession, now: number, live: boolean): CustomerItem {
  const item: CustomerItem = {
    sessionID: String(s.id),
    customer: s.customer,
    accountID: s.accountID,
    ipAddr: s.ipAddr,
    blocked: s.blocked,
    sessionStart: formatPlatformTime(s.startMs),
    sessionLastTick: formatPlatformTime(lastTickMs(s, now, live)),
    authName: s.authName,
    protocol: s.protocol,
    protocolVersion: s.protocolVersion,
    mode: s.mode,
    state: s.state,
    ownerId: s.ownerId,
    ownerBpName: s.ownerBpName,
    ownerBpBriefName: s.ownerBpBriefName,
  };
  if (s.accountName !== null) item.accountName = s.accountName;
  if (s.serverAddr !== null) item.serverAddr = s.serverAddr;
  return item;
}

export function supplierItem(s: SupplierSession, now: number, live: boolean): SupplierItem {
  return {
    sessionID: String(s.id),
    gateID: s.gateID,
    connID: s.connID,
    instNum: s.instNum,
    sessionType: s.sessionType,
    startDT: formatPlatformTime(s.startMs),
    status: s.status,
    lastTickDT: formatPlatformTime(lastTickMs(s, now, live)),
    protocolVersion: s.protocolVersion,
    supplier: s.supplier,
    gateName: s.gateName,
    connectionName: s.connectionName,
    remoteHost: s.remoteHost,
    remotePort: s.remotePort,
    localHost: s.localHost,
    localPort: s.localPort,
    gateCName: s.gateCName,
    connectionCName: s.connectionCName,
    ownerId: s.ownerId,
    ownerBpName: s.ownerBpName,
    ownerBpBriefName: s.ownerBpBriefName,
  };
}
