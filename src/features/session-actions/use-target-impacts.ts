import { useState } from 'react';
import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { ObservedRow } from '../../lib/action-verification';
import type { TargetImpact } from './action-confirm-frame';

/**
 * The fresh facts a confirmation dialog shows for each of its targets (auth names or gates):
 * one query per target, fetched anew for each opening of the dialog.
 */
export function useTargetImpacts<Row extends ObservedRow, Impact, Key extends QueryKey>(
  names: readonly string[],
  optionsFor: (name: string, openedAt: number) => UseQueryOptions<Row[], Error, Row[], Key>,
  measure: (name: string, rows: Row[]) => { impact: Impact; count: number; sentence: string },
): (TargetImpact & { impact: Impact })[] {
  const [openedAt] = useState(() => Date.now());
  return useQueries({
    queries: names.map((name) => optionsFor(name, openedAt)),
    combine: (results) =>
      results.map((r, i) => {
        const target = names[i] ?? '';
        const rows = r.data ?? [];
        return {
          target,
          status: r.isPending ? 'loading' : r.isError ? 'error' : 'ready',
          error: r.error,
          rows,
          refetch: () => void r.refetch(),
          ...measure(target, rows),
        };
      }),
  });
}
