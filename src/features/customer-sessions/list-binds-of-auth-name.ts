import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { customerSessionKeys } from '../../api/query-keys';
import type { CustomerSession } from './customer-grid-config';

/**
 * authName is not a filterable attribute, so the other binds are found with the general search
 * (`q`, which covers authName) and kept only where authName matches exactly. Over `all=yes`: `q`
 * also hits longer names and other fields, and a page of those could crowd out real matches.
 */
export function bindsOfAuthNameQueryOptions(authName: string) {
  return queryOptions({
    queryKey: customerSessionKeys.list({ bindsOf: authName }),
    queryFn: async ({ signal }): Promise<CustomerSession[]> => {
      const body = await unwrap(
        apiClient.GET('/sess-manager', {
          params: { query: { q: authName, all: 'yes' } },
          signal,
        }),
      );
      return (body.data ?? []).filter((s) => s.authName === authName);
    },
  });
}

export function useBindsOfAuthName(authName: string | undefined) {
  return useQuery({ ...bindsOfAuthNameQueryOptions(authName ?? ''), enabled: !!authName });
}
