import { useEffect, useRef, useState } from 'react';
import {
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import type { ListParams } from '../../lib/list-query';
import { refreshDelayMs } from '../../lib/refresh-backoff';
import type { ListResult } from './session-grid';

export type ListOptions<T extends RowData, K extends QueryKey = QueryKey> = UseQueryOptions<
  ListResult<T>,
  Error,
  ListResult<T>,
  K
>;

/** Aborts a fetch nobody waits for any more (a page of a view the user has left or a search). */
export function cancelUnobservedFetch(queryClient: QueryClient, queryKey: QueryKey) {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  if (query && query.state.fetchStatus === 'fetching' && query.getObserversCount() === 0) {
    void queryClient.cancelQueries({ queryKey, exact: true });
  }
}

/**
 * One page of a session list, refreshed every `refreshSeconds` while the tab is visible (less
 * often while the platform keeps failing), with the next page prefetched (usually the next click).
 * After a new search the next page waits for a sign of paging (the grid's `prefetchNext`): a
 * search is typed, and a prefetch per pause would be a request per word for nothing. A prefetch
 * still loading when the view changes again is aborted.
 */
export function useLiveList<T extends RowData, K extends QueryKey>(
  optionsFor: (params: ListParams) => ListOptions<T, K>,
  params: ListParams,
  refreshSeconds: number,
) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...optionsFor(params),
    refetchInterval:
      refreshSeconds > 0
        ? (q) =>
            refreshDelayMs(
              refreshSeconds * 1000,
              q.state.status === 'error',
              q.state.dataUpdatedAt,
              Date.now(),
            )
        : false,
    refetchIntervalInBackground: false,
  });
  const [shown, setShown] = useState({ params, afterSearch: false });
  if (shown.params !== params) setShown({ params, afterSearch: shown.params.q !== params.q });
  const total = query.data?.total;
  const hasNext = total !== undefined && params.page * params.size < total;
  const prefetched = useRef<QueryKey | null>(null);
  useEffect(() => {
    // After this hook's query has moved to the new view (its effect runs first).
    if (prefetched.current) cancelUnobservedFetch(queryClient, prefetched.current);
    prefetched.current = null;
    if (hasNext && !query.isPlaceholderData && !shown.afterSearch) {
      const options = optionsFor({ ...params, page: params.page + 1 });
      prefetched.current = options.queryKey;
      void queryClient.prefetchQuery(options);
    }
  }, [hasNext, query.isPlaceholderData, shown.afterSearch, queryClient, params, optionsFor]);
  useEffect(
    () => () => {
      if (prefetched.current) cancelUnobservedFetch(queryClient, prefetched.current);
    },
    [queryClient],
  );
  return query;
}

/**
 * Loads a page into the cache before the view shows it (a search's answer, so that the rows and
 * the search change together); resolves once it is there, failed or aborted by `signal`. A page
 * already cached resolves at once: the grid shows it and refreshes it if stale, as any page.
 */
export async function preloadListPage<T extends RowData, K extends QueryKey>(
  queryClient: QueryClient,
  options: ListOptions<T, K>,
  signal: AbortSignal,
): Promise<void> {
  const { queryKey } = options;
  if (signal.aborted || queryClient.getQueryData(queryKey) !== undefined) return;
  const abort = () => cancelUnobservedFetch(queryClient, queryKey);
  signal.addEventListener('abort', abort, { once: true });
  try {
    await queryClient.fetchQuery(options);
  } catch {
    // The grid shows the error once it asks for this page itself.
  } finally {
    signal.removeEventListener('abort', abort);
  }
}
