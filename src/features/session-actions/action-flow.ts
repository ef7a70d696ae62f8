import type { QueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { customerSessionKeys, supplierSessionKeys } from '../../api/query-keys';
import type { ActionRecord } from '../../lib/action-history';
import {
  advance,
  isSettled,
  nextPollDelay,
  observe,
  observeFailure,
  startRestartVerification,
  startStopVerification,
  verificationTone,
  type ObservedRow,
  type Verification,
  type VerificationTimings,
} from '../../lib/action-verification';
import { isApiError } from '../../api/api-error';
import { toFailure } from './action-errors';
import { TITLE, verificationText } from './action-text';
import type { ActionKindName } from './action-privileges';
import { getActionSettings } from './action-settings';
import { getActionRecord, newActionId, patchActionRecord, putActionRecord } from './action-store';
import { restartSupplierGate } from './restart-supplier-gate';
import { fetchSessionsOfGate } from './restart-impact';
import { stopCustomerConnections } from './stop-customer-connections';
import { fetchBindsOf } from './stop-impact';

// After the confirmation: send the one request, record it, and on 201 notify, refresh the grids
// and watch the session lists until the effect is verified (lib/action-verification decides).

export interface ActionRequest {
  kind: ActionKindName;
  target: string;
  origin: string;
  user: string;
  /** The impact sentence the dialog showed. */
  impact?: string;
  /** The rows seen when the dialog opened: a restart must see new IDs for these instances. */
  before: readonly ObservedRow[];
  bulkId?: string;
  /** Single actions get their own notification; a bulk run gets one for the whole run. */
  notify: boolean;
  timings?: Partial<VerificationTimings>;
}

const COLOR = { pending: 'blue', success: 'green', warning: 'yellow', error: 'red' } as const;

function notify(record: ActionRecord, first: boolean) {
  const v = record.verification;
  const settled = !v || isSettled(v);
  const payload = {
    id: record.id,
    title: `${TITLE[record.kind](record.target)}: accepted`,
    message: verificationText(record),
    color: v ? COLOR[verificationTone(v)] : 'green',
    loading: !settled,
    autoClose: settled ? 15_000 : false,
    withCloseButton: true,
  } as const;
  if (first) notifications.show(payload);
  else notifications.update(payload);
}

function refreshGrids(queryClient: QueryClient, kind: ActionKindName) {
  const keys = kind === 'stop' ? customerSessionKeys : supplierSessionKeys;
  void queryClient.invalidateQueries({ queryKey: keys.lists() });
  // A detail page of a session that just ended keeps what it shows (next to the outcome) until
  // it is opened again, rather than flipping to "not found" under the operator.
  void queryClient.invalidateQueries({ queryKey: keys.details(), refetchType: 'none' });
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();

function schedule(id: string, queryClient: QueryClient, timings: VerificationTimings) {
  const record = getActionRecord(id);
  const v = record?.verification;
  if (!record || !v) return;
  const delay = nextPollDelay(v);
  if (delay === null) return;
  timers.set(
    id,
    setTimeout(() => void pollOnce(id, queryClient, timings), delay),
  );
}

async function pollOnce(id: string, queryClient: QueryClient, timings: VerificationTimings) {
  timers.delete(id);
  const record = getActionRecord(id);
  const before = record?.verification;
  if (!record || !before) return;
  let next: Verification = advance(before, Date.now());
  if (!isSettled(next)) {
    try {
      const rows =
        record.kind === 'stop'
          ? await fetchBindsOf(record.target)
          : await fetchSessionsOfGate(record.target);
      next = advance(observe(next, Date.now(), rows, timings), Date.now());
    } catch (error) {
      next = observeFailure(
        next,
        isApiError(error) ? `${error.code}: ${error.message}` : String(error),
      );
      next = advance(next, Date.now());
    }
  }
  const updated = patchActionRecord(id, { verification: next });
  if (updated && next.phase !== before.phase) {
    // The lists changed under the grid (binds gone, a rebind, new gate sessions): show it.
    refreshGrids(queryClient, record.kind);
    if (!record.bulkId) notify(updated, false);
  }
  schedule(id, queryClient, timings);
}

/**
 * Sends the action once and records it. Resolves with the accepted record; rejects with the API
 * error after recording the failure (the dialog shows it; nothing else changes).
 */
export async function carryOutAction(
  request: ActionRequest,
  queryClient: QueryClient,
): Promise<ActionRecord> {
  const settings = getActionSettings();
  const timings: VerificationTimings = { ...settings, ...request.timings };
  const record: ActionRecord = {
    id: newActionId(),
    kind: request.kind,
    target: request.target,
    origin: request.origin,
    user: request.user,
    requestedAt: Date.now(),
    status: 'sending',
    ...(request.impact ? { impact: request.impact } : {}),
    ...(request.bulkId ? { bulkId: request.bulkId } : {}),
  };
  putActionRecord(record);
  try {
    if (request.kind === 'stop') await stopCustomerConnections(request.target);
    else await restartSupplierGate(request.target);
  } catch (error) {
    patchActionRecord(record.id, { status: 'failed', error: toFailure(error, request.kind) });
    throw error;
  }
  const now = Date.now();
  const verification =
    request.kind === 'stop'
      ? startStopVerification(now, timings)
      : startRestartVerification(now, request.before, timings);
  const accepted = patchActionRecord(record.id, { status: 'accepted', verification }) ?? record;
  if (request.notify) notify(accepted, true);
  refreshGrids(queryClient, request.kind);
  if (request.kind === 'stop') {
    // The stop is usually visible at once: look straight away.
    timers.set(
      record.id,
      setTimeout(() => void pollOnce(record.id, queryClient, timings), 0),
    );
  } else {
    schedule(record.id, queryClient, timings);
  }
  return accepted;
}

export function bulkId(): string {
  return `bulk-${newActionId()}`;
}
