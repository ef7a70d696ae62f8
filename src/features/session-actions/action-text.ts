import type { ActionRecord } from '../../lib/action-history';
import { describeVerification } from '../../lib/action-verification';
import { formatClock } from '../../lib/format-time';
import type { ActionKindName } from './action-privileges';

// Kept apart from action-flow so the outcome lines and the header button can word an action
// without loading the code that carries it out.

export const TITLE: Record<ActionKindName, (target: string) => string> = {
  stop: (t) => `Stop binds of ${t}`,
  restart: (t) => `Restart gate ${t}`,
};

export function verificationText(record: ActionRecord): string {
  if (record.status === 'sending') return 'Sending…';
  if (record.status === 'failed') {
    return `Failed: ${record.error?.message ?? 'unknown error'}${record.error ? ` (${record.error.code})` : ''}`;
  }
  if (!record.verification) return 'Accepted by the platform.';
  return describeVerification(record.verification, record.target, formatClock);
}
