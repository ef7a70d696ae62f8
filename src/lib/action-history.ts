// This browser session's actions, kept in sessionStorage so a reload keeps the list. Storage is
// untrusted input (another tab's version, a hand edit): anything malformed is dropped, not trusted.

import { interrupt, isSettled, type Verification } from './action-verification';

export type ActionKind = 'stop' | 'restart';
export type ActionStatus = 'sending' | 'accepted' | 'failed';

export interface ActionFailure {
  code: string;
  message: string;
  status: number;
}

export interface ActionRecord {
  id: string;
  kind: ActionKind;
  /** The auth name or gate code name acted on. */
  target: string;
  /** Where the action was started, in words ("Customer sessions", "Customer session 1234"). */
  origin: string;
  bulkId?: string;
  user: string;
  requestedAt: number;
  status: ActionStatus;
  /** What the confirmation dialog said would happen. */
  impact?: string;
  error?: ActionFailure;
  verification?: Verification;
}

export const HISTORY_LIMIT = 200;

const PHASES = new Set([
  'checking',
  'gone',
  'rebound',
  'stayed-down',
  'still-bound',
  'unverified',
  'back',
  'not-back',
]);

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validVerification(v: unknown): v is Verification {
  if (!isObj(v)) return false;
  if (v.kind !== 'stop' && v.kind !== 'restart') return false;
  if (!isStr(v.phase) || !PHASES.has(v.phase)) return false;
  return isNum(v.startedAt);
}

function validFailure(v: unknown): v is ActionFailure {
  return isObj(v) && isStr(v.code, 200) && isStr(v.message, 2000) && isNum(v.status);
}

export function parseRecord(v: unknown): ActionRecord | null {
  if (!isObj(v)) return null;
  if (!isStr(v.id, 100) || !isStr(v.target, 300) || !isStr(v.origin) || !isStr(v.user, 300))
    return null;
  if (v.kind !== 'stop' && v.kind !== 'restart') return null;
  if (v.status !== 'sending' && v.status !== 'accepted' && v.status !== 'failed') return null;
  if (!isNum(v.requestedAt)) return null;
  const record: ActionRecord = {
    id: v.id,
    kind: v.kind,
    target: v.target,
    origin: v.origin,
    user: v.user,
    requestedAt: v.requestedAt,
    status: v.status,
  };
  if (isStr(v.bulkId, 100)) record.bulkId = v.bulkId;
  if (isStr(v.impact, 2000)) record.impact = v.impact;
  if (validFailure(v.error)) record.error = v.error;
  if (validVerification(v.verification)) record.verification = v.verification;
  return record;
}

/**
 * Reads a stored list. Anything still in progress was cut off by the reload: a request that was
 * "sending" has an unknown result, and an unfinished verification is marked as interrupted.
 */
export function parseHistory(raw: string | null, now: number): ActionRecord[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const records: ActionRecord[] = [];
  for (const item of data.slice(0, HISTORY_LIMIT)) {
    const r = parseRecord(item);
    if (!r) continue;
    if (r.status === 'sending') {
      r.status = 'failed';
      r.error = {
        code: 'INTERRUPTED',
        message: 'The page was reloaded before the platform answered; the result is unknown.',
        status: 0,
      };
    }
    if (r.verification && !isSettled(r.verification)) {
      r.verification = interrupt(r.verification, now);
    }
    records.push(r);
  }
  return records;
}

export function serializeHistory(records: readonly ActionRecord[]): string {
  return JSON.stringify(records.slice(0, HISTORY_LIMIT));
}

/** Newest first; updates replace by id. */
export function upsertRecord(
  records: readonly ActionRecord[],
  record: ActionRecord,
): ActionRecord[] {
  const rest = records.filter((r) => r.id !== record.id);
  const index = records.findIndex((r) => r.id === record.id);
  if (index < 0) return [record, ...rest].slice(0, HISTORY_LIMIT);
  const next = [...records];
  next[index] = record;
  return next;
}
