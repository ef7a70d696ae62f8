// Pure parse/serialise of a grid view's URL parameters. Every parser is total: hostile or stale
// values (a removed column, a page of "-1e9", a 10 kB string) fall back to null, i.e. the default.

export interface SortKey {
  id: string;
  desc: boolean;
}

export const PAGE_SIZES = [10, 25, 50, 100, 500] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const REFRESH_INTERVALS = [0, 5, 10, 30, 60] as const;
export type RefreshInterval = (typeof REFRESH_INTERVALS)[number];

const ID = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
const MAX_PAGE = 1_000_000;
const MAX_Q = 200;

/** `-sessionStart,customer` (the API's own `sort=` format) → keys; unknown ids make it invalid. */
export function parseSort(text: string, sortable: readonly string[]): SortKey[] | null {
  if (text.length > 1000) return null;
  const keys: SortKey[] = [];
  for (const part of text.split(',')) {
    const desc = part.startsWith('-');
    const id = desc ? part.slice(1) : part;
    if (!ID.test(id) || !sortable.includes(id) || keys.some((k) => k.id === id)) return null;
    keys.push({ id, desc });
  }
  return keys.length > 0 ? keys : null;
}

export function serializeSort(keys: readonly SortKey[]): string {
  return keys.map((k) => (k.desc ? `-${k.id}` : k.id)).join(',');
}

export function parsePage(text: string): number | null {
  if (!/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_PAGE ? n : null;
}

export function parsePageSize(text: string): PageSize | null {
  const n = Number(text);
  return (PAGE_SIZES as readonly number[]).includes(n) && /^\d+$/.test(text)
    ? (n as PageSize)
    : null;
}

export function parseRefreshInterval(text: string): RefreshInterval | null {
  const n = Number(text);
  return (REFRESH_INTERVALS as readonly number[]).includes(n) && /^\d+$/.test(text)
    ? (n as RefreshInterval)
    : null;
}

/**
 * Shown columns as a comma list of ids, in the order they are shown (the order is part of the
 * view); unknown ids are dropped, a repeated id keeps its first place, an empty result is invalid.
 */
export function parseColumns(text: string, known: readonly string[]): string[] | null {
  if (text.length > 2000) return null;
  const ids = [...new Set(text.split(','))].filter((id) => known.includes(id));
  return ids.length > 0 ? ids : null;
}

export function serializeColumns(ids: readonly string[]): string {
  return ids.join(',');
}

export function parseSearch(text: string): string | null {
  // Control characters never belong in a search and could only come from a crafted link.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_Q);
  return clean === '' ? null : clean;
}

export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function sameSort(a: readonly SortKey[], b: readonly SortKey[]): boolean {
  return a.length === b.length && a.every((k, i) => k.id === b[i]?.id && k.desc === b[i]?.desc);
}
