import { DEFAULT_WALL_THRESHOLDS, type WallMetric } from './aggregate-wall';

// The wall's settings live in its URL (a wall screen is a bookmark): the settings panel reads
// them from there and writes every change back there, leaving out what equals the default.

export type ThresholdLevel = 'amber' | 'red';

export const DEFAULT_REFRESH_SECONDS = 15;
export const MIN_REFRESH_SECONDS = 5;
export const MAX_REFRESH_SECONDS = 3600;
export const DEFAULT_STALE_AFTER_SECONDS = 60;
export const MAX_STALE_AFTER_SECONDS = 86_400;
const MAX_BOUND = 999_999_999;

export function thresholdParam(metric: WallMetric, level: ThresholdLevel): string {
  return `${metric}${level === 'amber' ? 'Amber' : 'Red'}`;
}

/** `?refresh=<seconds>`: at least 5 s, 15 s when missing or malformed. */
export function refreshSecondsFromParams(params: URLSearchParams): number {
  const raw = params.get('refresh');
  const n = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : DEFAULT_REFRESH_SECONDS;
  return Math.max(MIN_REFRESH_SECONDS, n);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A threshold as typed in the panel: a whole number, or empty (or "off") for no such level. */
export function parseBoundInput(text: string): Parsed<number | null> {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'off') return { ok: true, value: null };
  if (!/^\d{1,9}$/.test(t) || Number(t) > MAX_BOUND) {
    return { ok: false, error: 'Enter a whole number, or leave it empty to turn this level off' };
  }
  return { ok: true, value: Number(t) };
}

/** Seconds as typed in the panel, within [min, max]. */
export function parseSecondsInput(text: string, min: number, max: number): Parsed<number> {
  const t = text.trim();
  if (!/^\d{1,6}$/.test(t) || Number(t) < min || Number(t) > max) {
    return { ok: false, error: `Enter whole seconds from ${min} to ${max}` };
  }
  return { ok: true, value: Number(t) };
}

/** The params with one threshold set; the default leaves the param out, no level is "off". */
export function withThreshold(
  params: URLSearchParams,
  metric: WallMetric,
  level: ThresholdLevel,
  value: number | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const key = thresholdParam(metric, level);
  if (value === DEFAULT_WALL_THRESHOLDS[metric][level]) next.delete(key);
  else next.set(key, value === null ? 'off' : String(value));
  return next;
}

/** The params with `refresh` or `staleAfter` set, left out at its default. */
export function withSeconds(
  params: URLSearchParams,
  key: 'refresh' | 'staleAfter',
  seconds: number,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const fallback = key === 'refresh' ? DEFAULT_REFRESH_SECONDS : DEFAULT_STALE_AFTER_SECONDS;
  if (seconds === fallback) next.delete(key);
  else next.set(key, String(seconds));
  return next;
}

/** The params without any wall setting (other params, if any, stay). */
export function withoutWallSettings(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const metric of Object.keys(DEFAULT_WALL_THRESHOLDS) as WallMetric[]) {
    next.delete(thresholdParam(metric, 'amber'));
    next.delete(thresholdParam(metric, 'red'));
  }
  next.delete('refresh');
  next.delete('staleAfter');
  return next;
}

/** "at 10 or more", "at 0 or fewer", "off": how a bound reads in the panel's summary. */
export function describeBound(value: number | null, direction: 'above' | 'below'): string {
  if (value === null) return 'off';
  return `at ${value} or ${direction === 'above' ? 'more' : 'fewer'}`;
}
