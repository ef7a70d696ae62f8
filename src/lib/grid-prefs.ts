// Per-browser grid preferences (columns, widths, density). They live in localStorage, which the
// user (or another version of the app) can edit: every field is validated on read, and a bad
// field falls back on its own without discarding the good ones.

import { isRecord } from './is-record';

export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 1200;

export interface GridPrefs {
  /** The last shown columns, in order; null when the user never chose. */
  cols: string[] | null;
  /** Pixel widths of resized columns, by column id. */
  widths: Record<string, number>;
  density: Density;
}

export const DEFAULT_GRID_PREFS: GridPrefs = { cols: null, widths: {}, density: 'comfortable' };

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

/** Known ids, first occurrence kept, in stored order; an empty or non-list value is null. */
export function parseStoredColumns(value: unknown, known: readonly string[]): string[] | null {
  if (!Array.isArray(value) || value.length > 200) return null;
  const ids = [
    ...new Set(value.filter((v): v is string => typeof v === 'string' && known.includes(v))),
  ];
  return ids.length > 0 ? ids : null;
}

/** Finite widths of known columns, clamped to the allowed range; anything else is dropped. */
export function parseStoredWidths(
  value: unknown,
  known: readonly string[],
): Record<string, number> {
  const widths: Record<string, number> = {};
  if (!isRecord(value)) return widths;
  for (const id of known) {
    if (!Object.hasOwn(value, id)) continue;
    const w = value[id];
    if (typeof w === 'number' && Number.isFinite(w)) widths[id] = clampWidth(w);
  }
  return widths;
}

export function parseDensity(value: unknown): Density {
  return (DENSITIES as readonly unknown[]).includes(value) ? (value as Density) : 'comfortable';
}

export interface KnownColumns {
  /** Every column id of the grid (any can be resized). */
  all: readonly string[];
  /** The ids that can be shown or hidden (the ones `cols` lists). */
  hideable: readonly string[];
}

export function parseGridPrefs(value: unknown, known: KnownColumns): GridPrefs {
  if (!isRecord(value)) return DEFAULT_GRID_PREFS;
  return {
    cols: parseStoredColumns(value.cols, known.hideable),
    widths: parseStoredWidths(value.widths, known.all),
    density: parseDensity(value.density),
  };
}
