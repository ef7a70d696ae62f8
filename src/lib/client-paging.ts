// Some servers ignore page_size (the supplier list documents no paging at all); when more rows
// come back than were asked for, the grid pages them itself instead of showing them all.

export interface PagedRows<T> {
  rows: T[];
  total: number;
  clientPaged: boolean;
}

export function pageRows<T>(
  rows: T[],
  serverTotal: number | undefined,
  page: number,
  pageSize: number,
): PagedRows<T> {
  if (rows.length <= pageSize) {
    return { rows, total: Math.max(serverTotal ?? rows.length, rows.length), clientPaged: false };
  }
  const start = (page - 1) * pageSize;
  return { rows: rows.slice(start, start + pageSize), total: rows.length, clientPaged: true };
}

/** Splits rows into those new since `previous` ids and counts the ids that left. */
export function diffRowIds(previous: ReadonlySet<string>, current: readonly string[]) {
  const currentSet = new Set(current);
  const added = new Set(current.filter((id) => !previous.has(id)));
  let left = 0;
  for (const id of previous) if (!currentSet.has(id)) left++;
  return { added, left, currentSet };
}
