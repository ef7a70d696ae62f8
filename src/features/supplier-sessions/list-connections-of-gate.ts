import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { supplierSessionKeys } from '../../api/query-keys';
import type { SupplierSession } from './supplier-grid-config';

/**
 * gateCName is not a filterable attribute, so the gate's other connections are found with the
 * general search (`q`, which covers gateCName) and kept only where gateCName matches exactly. Over
 * `all=yes`: `q` also hits longer names and other fields, and a page of those could crowd out real
 * matches.
 */
export function connectionsOfGateQueryOptions(gateCName: string) {
  return queryOptions({
    queryKey: supplierSessionKeys.list({ connectionsOf: gateCName }),
    queryFn: async ({ signal }): Promise<SupplierSession[]> => {
      const body = await unwrap(
        apiClient.GET('/sess-manager-suppliers', {
          params: { query: { q: gateCName, all: 'yes' } },
          signal,
        }),
      );
      return (body.data ?? []).filter((s) => s.gateCName === gateCName);
    },
  });
}

export function useConnectionsOfGate(gateCName: string | undefined) {
  return useQuery({ ...connectionsOfGateQueryOptions(gateCName ?? ''), enabled: !!gateCName });
}
