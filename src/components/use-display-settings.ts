import { useSyncExternalStore } from 'react';
import { isValidTimeZone } from '../lib/format-time';
import { isRecord } from '../lib/is-record';
import { writePrefCookie } from '../lib/pref-cookies';
import { serverPref } from '../lib/server-render';

export const DEFAULT_STALE_SECONDS = 60;

const ZONE_KEY = 'sms-console-platform-time-zone';
const STALE_KEY = 'sms-console-stale-seconds';

export interface DisplaySettings {
  timeZone: string;
  staleSeconds: number;
}

function readStored(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Storage and cookies are user-editable: trusted no further than a valid zone and a sane number. */
export function parseDisplaySettings(zone: unknown, stale: unknown): DisplaySettings {
  return {
    timeZone: typeof zone === 'string' && isValidTimeZone(zone) ? zone : DEFAULT_SETTINGS.timeZone,
    staleSeconds:
      typeof stale === 'number' && Number.isFinite(stale) && stale >= 5 && stale <= 86_400
        ? Math.round(stale)
        : DEFAULT_SETTINGS.staleSeconds,
  };
}

const DEFAULT_SETTINGS: DisplaySettings = { timeZone: 'UTC', staleSeconds: DEFAULT_STALE_SECONDS };

function readSettings(): DisplaySettings {
  return parseDisplaySettings(readStored(ZONE_KEY), readStored(STALE_KEY));
}

/** The cookie the settings are mirrored in, for the pages the gateway renders. */
const DISPLAY_PREF = 'display';

function mirror(settings: DisplaySettings) {
  const isDefault =
    settings.timeZone === DEFAULT_SETTINGS.timeZone &&
    settings.staleSeconds === DEFAULT_SETTINGS.staleSeconds;
  writePrefCookie(DISPLAY_PREF, isDefault ? null : settings);
}

// What a page the gateway rendered was rendered with: the same object on every call, as
// useSyncExternalStore requires of a snapshot.
let rendered: { from: unknown; settings: DisplaySettings } | null = null;

function renderedSnapshot(): DisplaySettings {
  const mirrored = serverPref(DISPLAY_PREF);
  if (!rendered || rendered.from !== mirrored) {
    const value = isRecord(mirrored) ? mirrored : {};
    rendered = {
      from: mirrored,
      settings: parseDisplaySettings(value.timeZone, value.staleSeconds),
    };
  }
  return rendered.settings;
}

// One store for the whole page: every time cell and health badge reads it, so it must cost
// nothing per component (no storage access or event listener per cell).
let current: DisplaySettings | null = null;
const listeners = new Set<() => void>();

function snapshot(): DisplaySettings {
  current ??= readSettings();
  return current;
}

function refresh() {
  const next = readSettings();
  if (current && next.timeZone === current.timeZone && next.staleSeconds === current.staleSeconds) {
    return;
  }
  current = next;
  mirror(next);
  listeners.forEach((l) => l());
}

function onStorage(event: StorageEvent) {
  // Another tab changed a setting.
  if (event.key === null || event.key === ZONE_KEY || event.key === STALE_KEY) refresh();
}

let watching = false;

function unwatchIfUnread() {
  if (listeners.size > 0 || !watching) return;
  watching = false;
  window.removeEventListener('storage', onStorage);
  // Unwatched, the copy could go stale: the next reader reads storage again.
  current = null;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!watching) {
    watching = true;
    window.addEventListener('storage', onStorage);
    // Settings stored before they were mirrored reach the cookie on the first page that shows them.
    mirror(snapshot());
  }
  return () => {
    listeners.delete(listener);
    // Checked once the commit is done: a page change unmounts one page's cells right before the
    // next page's subscribe, and a fresh copy (a new object) would render every new cell twice.
    if (listeners.size === 0) queueMicrotask(unwatchIfUnread);
  };
}

function write(key: string, value: unknown) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the setting still applies to this page.
  }
  refresh();
}

/**
 * Per-browser display settings: the platform's time zone (timestamps carry none; UTC unless told
 * otherwise) and how old a last tick may be before a bind counts as stale.
 */
export function useDisplaySettings() {
  // A page the gateway rendered hydrates with the settings it was rendered with (their cookie).
  const settings = useSyncExternalStore(subscribe, snapshot, renderedSnapshot);
  return {
    ...settings,
    setTimeZone: (zone: string) => write(ZONE_KEY, zone),
    setStaleSeconds: (seconds: number) => write(STALE_KEY, seconds),
  };
}
