import { useEffect } from 'react';
import {
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import type { ListParams } from '../../lib/list-query';
import { refreshDelayMs } from '../../lib/refresh-backoff';
import type { ListResult } from './session-grid';

type ListOptions<T extends RowData, K extends QueryKey> = UseQueryOptions<
  ListResult<T>,
  Error,
  ListResult<T>,
  K
>;

/**
 * One page of a session list, refreshed every `refreshSeconds` while the tab is visible (less
 * often while the platform keeps failing), with the next page prefetched (usually the next click).
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
  const total = query.data?.total;
  const hasNext = total !== undefined && params.page * params.size < total;
  useEffect(() => {
    if (hasNext && !query.isPlaceholderData) {
      void queryClient.prefetchQuery(optionsFor({ ...params, page: params.page + 1 }));
    }
  }, [hasNext, query.isPlaceholderData, queryClient, params, optionsFor]);
  return query;
}
