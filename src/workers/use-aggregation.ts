import { queryOptions, useQuery } from '@tanstack/react-query';
import { customerSessionKeys } from '../api/query-keys';
import type { CustomerDrill } from '../lib/aggregate-filter';
import { zoneOffsetMs } from '../lib/format-time';
import { aggregateInWorker, drillInWorker } from './aggregation-client';
import { reportProgress } from './progress-store';

export interface AggregationSettings {
  staleAfterMs: number;
  timeZone: string;
}

// Keys sit under the customer sessions' root so invalidating customer sessions (after a stop)
// refreshes the aggregates too.
export const aggregationKeys = {
  all: () => [...customerSessionKeys.all, 'aggregate'] as const,
  totals: (s: AggregationSettings) => [...aggregationKeys.all(), 'totals', s] as const,
  drill: (s: AggregationSettings, drill: CustomerDrill, limit: number) =>
    [...aggregationKeys.all(), 'drill', s, drill, limit] as const,
};

export function aggregationQueryOptions(settings: AggregationSettings) {
  const queryKey = aggregationKeys.totals(settings);
  return queryOptions({
    queryKey,
    queryFn: ({ signal, queryKey: key }) => {
      const progressKey = JSON.stringify(key);
      return aggregateInWorker(
        {
          staleAfterMs: settings.staleAfterMs,
          platformOffsetMs: zoneOffsetMs(Date.now(), settings.timeZone),
        },
        signal,
        (p) => reportProgress(progressKey, p),
      ).finally(() => reportProgress(progressKey, null));
    },
    staleTime: 5_000,
  });
}

/** Breakdowns and wall totals over every session, computed in a Web Worker. */
export function useAggregation(
  settings: AggregationSettings,
  refetchIntervalMs?: number,
  /** The wall shows a failure at once and simply tries again at the next interval. */
  retry = true,
) {
  const options = aggregationQueryOptions(settings);
  const query = useQuery({
    ...options,
    ...(retry ? {} : { retry: false }),
    refetchInterval: refetchIntervalMs ?? false,
    refetchIntervalInBackground: false,
  });
  // The key, not the progress itself: only the progress display re-renders on each message.
  return { query, progressKey: JSON.stringify(options.queryKey) };
}

export function customerDrillQueryOptions(
  settings: AggregationSettings,
  drill: CustomerDrill,
  limit: number,
) {
  const queryKey = aggregationKeys.drill(settings, drill, limit);
  return queryOptions({
    queryKey,
    queryFn: ({ signal, queryKey: key }) => {
      const progressKey = JSON.stringify(key);
      return drillInWorker(
        {
          drill,
          limit,
          staleAfterMs: settings.staleAfterMs,
          platformOffsetMs: zoneOffsetMs(Date.now(), settings.timeZone),
        },
        signal,
        (p) => reportProgress(progressKey, p),
      ).finally(() => reportProgress(progressKey, null));
    },
    staleTime: 10_000,
  });
}

/** Customer sessions matching a drill-down (not server-filterable), filtered in the worker. */
export function useCustomerDrill(
  settings: AggregationSettings,
  drill: CustomerDrill,
  limit = 5000,
) {
  const options = customerDrillQueryOptions(settings, drill, limit);
  const query = useQuery(options);
  return { query, progressKey: JSON.stringify(options.queryKey) };
}
