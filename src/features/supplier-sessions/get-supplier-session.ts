import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { supplierSessionKeys } from '../../api/query-keys';
import type { SupplierSession } from './supplier-grid-config';

export function supplierSessionQueryOptions(id: number) {
  return queryOptions({
    queryKey: supplierSessionKeys.detail(String(id)),
    queryFn: ({ signal }): Promise<SupplierSession> =>
      unwrap(apiClient.GET('/sess-manager-suppliers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useSupplierSession(id: number | null) {
  return useQuery({ ...supplierSessionQueryOptions(id ?? 0), enabled: id !== null });
}
