import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { customerSessionKeys } from '../../api/query-keys';
import type { CustomerSession } from '../../lib/aggregate-types';

const REFRESH_MS = 10_000;

/**
 * Every bind of an auth name. authName is not filterable, so search with `q` (which covers it)
 * over `all=yes` and keep exact matches only.
 */
export function bindsOfAuthNameQueryOptions(authName: string) {
  return queryOptions({
    queryKey: customerSessionKeys.list({ overview: 'authName', authName }),
    queryFn: async ({ signal }): Promise<CustomerSession[]> => {
      const body = await unwrap(
        apiClient.GET('/sess-manager', { params: { query: { q: authName, all: 'yes' } }, signal }),
      );
      return (body.data ?? []).filter((s) => s.authName === authName);
    },
  });
}

/** Every bind of an account: `eq(accountName)` is a documented server filter. */
export function bindsOfAccountQueryOptions(accountName: string) {
  return queryOptions({
    queryKey: customerSessionKeys.list({ overview: 'accountName', accountName }),
    queryFn: async ({ signal }): Promise<CustomerSession[]> => {
      const query = { 'eq(accountName)': accountName, all: 'yes' };
      const body = await unwrap(
        apiClient.GET('/sess-manager', {
          params: { query: query as { all: 'yes' } },
          signal,
        }),
      );
      return body.data ?? [];
    },
  });
}

export function useBinds(kind: 'authName' | 'accountName', name: string) {
  const options =
    kind === 'authName' ? bindsOfAuthNameQueryOptions(name) : bindsOfAccountQueryOptions(name);
  return useQuery({ ...options, refetchInterval: REFRESH_MS, refetchIntervalInBackground: false });
}
