import { parsePlatformTime } from './aggregate-time';
import { bump, mergeCounts, newCounts } from './counts';
import {
  UNKNOWN,
  type AggregateOptions,
  type Counts,
  type CustomerSession,
} from './aggregate-types';

/** Customer sessions of one owner business partner (or of all of them, for the totals row). */
export interface CustomerOwnerRow {
  /** Stable key: the owner ID as text, `(none)` when the session has none, `*` for the totals. */
  key: string;
  ownerId: number | null;
  ownerBpName: string;
  ownerBpBriefName: string;
  sessions: number;
  customers: number;
  accounts: number;
  authNames: number;
  byState: Counts;
  byMode: Counts;
  byProtocolVersion: Counts;
  stale: number;
  blocked: number;
}

export interface CustomerBreakdown {
  /** One row per owner, most sessions first (ties by name). */
  owners: CustomerOwnerRow[];
  totals: CustomerOwnerRow;
  /** Every value seen, sorted, so tables and charts have stable columns. */
  states: string[];
  modes: string[];
  protocolVersions: string[];
}

interface Bucket {
  row: CustomerOwnerRow;
  customers: Set<string>;
  accounts: Set<string>;
  authNames: Set<string>;
}

function newBucket(key: string, ownerId: number | null, name: string, brief: string): Bucket {
  return {
    row: {
      key,
      ownerId,
      ownerBpName: name,
      ownerBpBriefName: brief,
      sessions: 0,
      customers: 0,
      accounts: 0,
      authNames: 0,
      byState: newCounts(),
      byMode: newCounts(),
      byProtocolVersion: newCounts(),
      stale: 0,
      blocked: 0,
    },
    customers: new Set(),
    accounts: new Set(),
    authNames: new Set(),
  };
}

export function ownerKey(ownerId: number | undefined | null): string {
  return ownerId === undefined || ownerId === null ? UNKNOWN : String(ownerId);
}

/** Whether a customer bind's last tick is older than the threshold (a missing tick is not stale). */
export function isStaleTick(
  lastTick: string | undefined,
  now: number,
  staleAfterMs: number,
  offsetMs = 0,
): boolean {
  const at = parsePlatformTime(lastTick, offsetMs);
  return !Number.isNaN(at) && now - at > staleAfterMs;
}

function add(bucket: Bucket, s: CustomerSession, stale: boolean): void {
  const row = bucket.row;
  row.sessions++;
  if (s.customer) bucket.customers.add(s.customer);
  if (s.accountName) bucket.accounts.add(s.accountName);
  if (s.authName) bucket.authNames.add(s.authName);
  bump(row.byState, s.state || UNKNOWN);
  bump(row.byMode, s.mode || UNKNOWN);
  bump(row.byProtocolVersion, s.protocolVersion || UNKNOWN);
  if (stale) row.stale++;
  if (s.blocked) row.blocked++;
}

function mergeInto(total: Bucket, b: Bucket): void {
  const t = total.row;
  t.sessions += b.row.sessions;
  t.stale += b.row.stale;
  t.blocked += b.row.blocked;
  mergeCounts(t.byState, b.row.byState);
  mergeCounts(t.byMode, b.row.byMode);
  mergeCounts(t.byProtocolVersion, b.row.byProtocolVersion);
  for (const v of b.customers) total.customers.add(v);
  for (const v of b.accounts) total.accounts.add(v);
  for (const v of b.authNames) total.authNames.add(v);
}

function finish(bucket: Bucket): CustomerOwnerRow {
  bucket.row.customers = bucket.customers.size;
  bucket.row.accounts = bucket.accounts.size;
  bucket.row.authNames = bucket.authNames.size;
  return bucket.row;
}

/**
 * Customer sessions grouped by owner business partner, in one pass over the array.
 * `onProgress` is called every `progressEvery` sessions (for a worker's progress messages).
 */
export function aggregateCustomers(
  sessions: readonly CustomerSession[],
  options: AggregateOptions,
  onProgress?: (done: number, total: number) => void,
  progressEvery = 20_000,
): CustomerBreakdown {
  const { now, staleAfterMs, platformOffsetMs = 0 } = options;
  // Keyed by the raw owner ID: no string is built per session.
  const buckets = new Map<number | undefined, Bucket>();
  const total = newBucket('*', null, 'All owners', 'All');
  const n = sessions.length;
  for (let i = 0; i < n; i++) {
    const s = sessions[i]!;
    const id = s.ownerId ?? undefined;
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = newBucket(
        ownerKey(id),
        s.ownerId ?? null,
        s.ownerBpName || UNKNOWN,
        s.ownerBpBriefName || s.ownerBpName || UNKNOWN,
      );
      buckets.set(id, bucket);
    }
    add(bucket, s, isStaleTick(s.sessionLastTick, now, staleAfterMs, platformOffsetMs));
    if (onProgress && (i + 1) % progressEvery === 0) onProgress(i + 1, n);
  }
  // Totals by merging the owners (a few dozen) rather than counting every session twice.
  for (const b of buckets.values()) mergeInto(total, b);
  const owners = [...buckets.values()].map(finish).sort(byCountThenName);
  const totals = finish(total);
  return {
    owners,
    totals,
    states: sortedKeys(totals.byState),
    modes: sortedKeys(totals.byMode),
    protocolVersions: sortedKeys(totals.byProtocolVersion),
  };
}

export function byCountThenName(
  a: { sessions: number; ownerBpName: string },
  b: { sessions: number; ownerBpName: string },
): number {
  return b.sessions - a.sessions || a.ownerBpName.localeCompare(b.ownerBpName);
}

export function sortedKeys(counts: Counts): string[] {
  return Object.keys(counts).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
