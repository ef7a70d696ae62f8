import type { CustomerBreakdown } from './aggregate-customers';
import type { SupplierBreakdown } from './aggregate-suppliers';

export const WALL_METRICS = [
  'customerBinds',
  'stale',
  'blocked',
  'gatesDown',
  'gatesReconnecting',
] as const;
export type WallMetric = (typeof WALL_METRICS)[number];
export type WallTotals = Record<WallMetric, number>;
export type Level = 'green' | 'amber' | 'red';

/**
 * `above`: amber from `amber` upwards, red from `red` upwards (trouble counts).
 * `below`: amber at or under `amber`, red at or under `red` (e.g. total binds dropping).
 * A null bound is not checked.
 */
export interface Threshold {
  direction: 'above' | 'below';
  amber: number | null;
  red: number | null;
}
export type WallThresholds = Record<WallMetric, Threshold>;

export const DEFAULT_WALL_THRESHOLDS: WallThresholds = {
  customerBinds: { direction: 'below', amber: null, red: 0 },
  stale: { direction: 'above', amber: 1, red: 10 },
  blocked: { direction: 'above', amber: 1, red: 5 },
  gatesDown: { direction: 'above', amber: 1, red: 3 },
  gatesReconnecting: { direction: 'above', amber: 1, red: 5 },
};

export const WALL_LABELS: Record<WallMetric, string> = {
  customerBinds: 'Customer binds',
  stale: 'Stale binds',
  blocked: 'Blocked binds',
  gatesDown: 'Gates down',
  gatesReconnecting: 'Gates reconnecting',
};

export function wallTotals(customers: CustomerBreakdown, suppliers: SupplierBreakdown): WallTotals {
  return {
    customerBinds: customers.totals.sessions,
    stale: customers.totals.stale,
    blocked: customers.totals.blocked,
    gatesDown: suppliers.totals.gatesDown,
    gatesReconnecting: suppliers.totals.gatesReconnecting,
  };
}

export function levelOf(value: number, t: Threshold): Level {
  const hit = (bound: number | null) =>
    bound !== null && (t.direction === 'above' ? value >= bound : value <= bound);
  if (hit(t.red)) return 'red';
  if (hit(t.amber)) return 'amber';
  return 'green';
}

export function wallLevels(
  totals: WallTotals,
  thresholds: WallThresholds,
): Record<WallMetric, Level> {
  const out = {} as Record<WallMetric, Level>;
  for (const m of WALL_METRICS) out[m] = levelOf(totals[m], thresholds[m]);
  return out;
}

/** The worst level of all metrics (what the page border shows). */
export function overallLevel(levels: Record<WallMetric, Level>): Level {
  const all = Object.values(levels);
  if (all.includes('red')) return 'red';
  if (all.includes('amber')) return 'amber';
  return 'green';
}

/** Current minus previous per metric; null when there is no previous snapshot. */
export function wallDeltas(
  current: WallTotals,
  previous: WallTotals | null | undefined,
): Record<WallMetric, number> | null {
  if (!previous) return null;
  const out = {} as Record<WallMetric, number>;
  for (const m of WALL_METRICS) out[m] = current[m] - previous[m];
  return out;
}

/** "+3", "−2" (true minus sign), "±0". */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `\u2212${-delta}`;
  return '\u00b10';
}

function readBound(raw: string | null, fallback: number | null): number | null {
  if (raw === null) return fallback;
  if (raw === '' || raw === 'off') return null;
  if (!/^\d{1,9}$/.test(raw)) return fallback;
  return Number(raw);
}

/**
 * Thresholds from URL params `<metric>Amber` / `<metric>Red` (non-negative integers, or `off`),
 * e.g. `?staleAmber=5&staleRed=50&gatesDownRed=1`. Bad values fall back to the defaults.
 */
export function thresholdsFromParams(
  params: URLSearchParams,
  defaults: WallThresholds = DEFAULT_WALL_THRESHOLDS,
): WallThresholds {
  const out = {} as WallThresholds;
  for (const m of WALL_METRICS) {
    const d = defaults[m];
    out[m] = {
      direction: d.direction,
      amber: readBound(params.get(`${m}Amber`), d.amber),
      red: readBound(params.get(`${m}Red`), d.red),
    };
  }
  return out;
}

/** Stale threshold for binds from `?staleAfter=<seconds>` (default 60 s). */
export function staleAfterFromParams(params: URLSearchParams, fallbackMs = 60_000): number {
  const raw = params.get('staleAfter');
  if (raw === null || !/^\d{1,6}$/.test(raw) || Number(raw) === 0) return fallbackMs;
  return Number(raw) * 1000;
}
