import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { customerSessionKeys } from '../../api/query-keys';
import type { CustomerSession } from './customer-grid-config';

export function customerSessionQueryOptions(id: number) {
  return queryOptions({
    queryKey: customerSessionKeys.detail(String(id)),
    queryFn: ({ signal }): Promise<CustomerSession> =>
      unwrap(apiClient.GET('/sess-manager/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCustomerSession(id: number | null) {
  return useQuery({ ...customerSessionQueryOptions(id ?? 0), enabled: id !== null });
}
