// Runs a parsed list query: match in ID order into a bitmap, then walk the (cached) sort order for the page.
import type { Collection } from './collection';
import type { ListQuery, Paging, RawParam } from './query';

export interface Pagination {
  total: number;
  count: number;
  per_page: number;
  current_page: number;
  total_pages: number;
  links: { first: string; last: string; prev?: string; next?: string };
}

export function runList<T extends { id: number; alive: boolean; slot: number }>(
  collection: Collection<T>,
  query: ListQuery<T>,
  now: number,
  live: boolean,
): { rows: T[]; total: number; page: number; perPage: number; totalPages: number } {
  const list = collection.items;
  const order = collection.sorted(query.sort, now, live);
  const preds = query.predicates;
  const all = query.paging.all;
  const size = query.paging.all ? Infinity : query.paging.size;
  const page = query.paging.all ? 1 : query.paging.number;
  const start = all ? 0 : (page - 1) * size;
  const end = start + size;
  const n = list.length;
  const rows: T[] = [];
  let total = n;
  // Matching walks memory in ID order (cache-friendly); the sort order then only reads a byte per row.
  let match: Uint8Array | null = null;
  for (const needle of query.search) {
    const flags = collection.search(needle);
    if (match) for (let i = 0; i < n; i++) match[i] = (match[i] as number) & (flags[i] as number);
    else match = flags;
  }
  if (preds.length) {
    const np = preds.length;
    const searched = match;
    match = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (searched && searched[i] === 0) continue;
      const row = list[i] as T;
      let ok = true;
      for (let p = 0; p < np; p++) {
        if (!(preds[p] as (s: T) => boolean)(row)) {
          ok = false;
          break;
        }
      }
      if (ok) match[i] = 1;
    }
  }
  if (match) {
    total = 0;
    for (let i = 0; i < n; i++) total += match[i] as number;
  }
  let seen = 0;
  for (let k = 0; k < n && seen < end; k++) {
    const slot = order ? (order[k] as number) : k;
    if (match && match[slot] === 0) continue;
    if (seen >= start) rows.push(list[slot] as T);
    seen++;
  }
  const perPage = all ? total : size;
  const totalPages = all ? 1 : Math.max(1, Math.ceil(total / size));
  return { rows, total, page, perPage, totalPages };
}
/** Links repeat the request's own query with only the page changed (all=yes: first = last = this page). */
export function paginationLinks(
  base: string,
  params: RawParam[],
  paging: Paging,
  page: number,
  totalPages: number,
): Pagination['links'] {
  const keep = params.filter(
    (p) => !(paging.all ? false : p.name === 'page_number' || p.name === 'paging'),
  );
  const url = (n: number) => {
    const segments = keep.map((p) => p.raw);
    if (!paging.all) {
      if (paging.style === 'paging') segments.push(`paging=${n},${paging.size}`);
      else segments.push(`page_number=${n}`);
    }
    return segments.length ? `${base}?${segments.join('&')}` : base;
  };
  const links: Pagination['links'] = { first: url(1), last: url(totalPages) };
  if (!paging.all) {
    if (page > 1) links.prev = url(Math.min(page - 1, totalPages));
    if (page < totalPages) links.next = url(page + 1);
  }
  return links;
}
