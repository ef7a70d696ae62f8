import { useState } from 'react';
import { diffRowIds } from '../../lib/client-paging';

interface Snapshot {
  viewKey: string;
  rows: unknown;
  ids: ReadonlySet<string>;
  added: ReadonlySet<string>;
  left: number;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Compares each fresh answer for the same view with the previous one: ids that appeared are
 * highlighted, ids that went are counted. A different view (page, filter, sort) starts afresh.
 */
export function useRowChanges<T>(
  rows: T[] | undefined,
  viewKey: string,
  getId: (row: T) => string,
  comparable: boolean,
) {
  const [snap, setSnap] = useState<Snapshot | null>(null);
  if (rows && comparable && snap?.rows !== rows) {
    const ids = rows.map(getId);
    if (!snap || snap.viewKey !== viewKey) {
      setSnap({ viewKey, rows, ids: new Set(ids), added: NONE, left: 0 });
    } else {
      const { added, left, currentSet } = diffRowIds(snap.ids, ids);
      setSnap({ viewKey, rows, ids: currentSet, added, left });
    }
  }
  const current = snap?.viewKey === viewKey ? snap : null;
  return { added: current?.added ?? NONE, left: current?.left ?? 0 };
}
