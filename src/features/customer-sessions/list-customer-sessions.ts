import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import type { DownloadOptions } from '../../api/fetch-with-progress';
import { customerSessionKeys } from '../../api/query-keys';
import type { operations } from '../../api/schema.gen';
import type { ListResult } from '../../components/data-grid/session-grid';
import { useLiveList } from '../../components/data-grid/use-live-list';
import {
  listCriteriaToAllQuery,
  listParamsToQuery,
  type ListCriteria,
  type ListParams,
} from '../../lib/list-query';
import type { CustomerSession } from './customer-grid-config';

type Query = NonNullable<operations['listCustomerSessions']['parameters']['query']>;

export function customerSessionsQueryOptions(params: ListParams) {
  return queryOptions({
    queryKey: customerSessionKeys.list({ ...params }),
    queryFn: async ({ signal }): Promise<ListResult<CustomerSession>> => {
      const body = await unwrap(
        apiClient.GET('/sess-manager', {
          // Filter parameters are built and validated by lib/filter-grammar.
          params: { query: listParamsToQuery(params) as Query },
          signal,
        }),
      );
      return {
        rows: Array.isArray(body.data) ? body.data : [],
        total: body.meta?.pagination?.total,
      };
    },
    placeholderData: keepPreviousData,
  });
}

/** One page of customer sessions, refreshed every `refreshSeconds` while the tab is visible. */
export function useCustomerSessions(params: ListParams, refreshSeconds: number) {
  return useLiveList(customerSessionsQueryOptions, params, refreshSeconds);
}

/** Every session matching the view's filters, search and sort (`all=yes`), for an export. */
export async function fetchAllCustomerSessions(
  criteria: ListCriteria,
  options: DownloadOptions,
): Promise<CustomerSession[]> {
  // Loaded on first use: only an export reads a whole view.
  const { readJsonWithProgress } = await import('../../api/fetch-with-progress');
  const body = (await readJsonWithProgress(
    apiClient.GET('/sess-manager', {
      params: { query: listCriteriaToAllQuery(criteria) as Query },
      parseAs: 'stream',
      signal: options.signal,
    }),
    'sessionID',
    options,
  )) as { data?: unknown };
  return Array.isArray(body.data) ? (body.data as CustomerSession[]) : [];
}
