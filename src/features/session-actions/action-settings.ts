import { useSyncExternalStore } from 'react';
import { clampStagger, DEFAULT_STAGGER_MS } from '../../lib/action-bulk-runner';
import { DEFAULT_TIMINGS, type VerificationTimings } from '../../lib/action-verification';

// Per-browser knobs for actions: the pause between bulk requests and how long verification waits.
// Read outside React too (the verification poller), hence a tiny store rather than a hook.

export interface ActionSettings extends VerificationTimings {
  staggerMs: number;
}

const KEY = 'sms-console-action-settings';
export const DEFAULT_ACTION_SETTINGS: ActionSettings = {
  ...DEFAULT_TIMINGS,
  staggerMs: DEFAULT_STAGGER_MS,
};

const clampMs = (v: unknown, fallback: number, min: number, max: number) =>
  typeof v === 'number' && Number.isFinite(v)
    ? Math.min(max, Math.max(min, Math.round(v)))
    : fallback;

/** Storage is user-editable: only sane numbers survive. */
export function sanitizeSettings(v: unknown): ActionSettings {
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const d = DEFAULT_ACTION_SETTINGS;
  return {
    staggerMs: o.staggerMs === undefined ? d.staggerMs : clampStagger(o.staggerMs),
    stopDeadlineMs: clampMs(o.stopDeadlineMs, d.stopDeadlineMs, 5_000, 600_000),
    rebindWatchMs: clampMs(o.rebindWatchMs, d.rebindWatchMs, 0, 3_600_000),
    restartDeadlineMs: clampMs(o.restartDeadlineMs, d.restartDeadlineMs, 1_000, 600_000),
  };
}

function read(): ActionSettings {
  try {
    const raw = window.localStorage.getItem(KEY);
    return sanitizeSettings(raw ? JSON.parse(raw) : {});
  } catch {
    return DEFAULT_ACTION_SETTINGS;
  }
}

let current: ActionSettings | null = null;
const listeners = new Set<() => void>();

export function getActionSettings(): ActionSettings {
  current ??= read();
  return current;
}

export function setActionSettings(patch: Partial<ActionSettings>): void {
  current = sanitizeSettings({ ...getActionSettings(), ...patch });
  try {
    window.localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode or a full quota: the setting still holds for this page.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActionSettings(): ActionSettings {
  return useSyncExternalStore(subscribe, getActionSettings, () => DEFAULT_ACTION_SETTINGS);
}
