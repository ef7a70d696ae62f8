import { useSyncExternalStore } from 'react';
import {
  parseHistory,
  serializeHistory,
  upsertRecord,
  type ActionRecord,
} from '../../lib/action-history';

// This browser session's actions: sessionStorage survives a reload of the tab but not a new tab
// or a closed browser, which is exactly "this session" for the Recent actions panel.

const KEY = 'sms-console-recent-actions';

let records: ActionRecord[] | null = null;
const listeners = new Set<() => void>();

function load(): ActionRecord[] {
  try {
    return parseHistory(window.sessionStorage.getItem(KEY), Date.now());
  } catch {
    return [];
  }
}

const NO_RECORDS: ActionRecord[] = [];

export function getActionRecords(): ActionRecord[] {
  records ??= load();
  return records;
}

export function getActionRecord(id: string): ActionRecord | undefined {
  return getActionRecords().find((r) => r.id === id);
}

export function putActionRecord(record: ActionRecord): void {
  records = upsertRecord(getActionRecords(), record);
  try {
    window.sessionStorage.setItem(KEY, serializeHistory(records));
  } catch {
    // Storage full or blocked: the list still holds for this page.
  }
  listeners.forEach((l) => l());
}

export function patchActionRecord(
  id: string,
  patch: Partial<ActionRecord>,
): ActionRecord | undefined {
  const current = getActionRecord(id);
  if (!current) return undefined;
  const next = { ...current, ...patch };
  putActionRecord(next);
  return next;
}

export function clearActionRecords(): void {
  records = [];
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // ignore
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActionRecords(): ActionRecord[] {
  return useSyncExternalStore(subscribe, getActionRecords, () => NO_RECORDS);
}

let counter = 0;
export function newActionId(): string {
  counter++;
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${counter}-${random}`;
}
