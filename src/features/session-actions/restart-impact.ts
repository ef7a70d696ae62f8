import { queryOptions } from '@tanstack/react-query';
import type { components } from '../../api/schema.gen';
import { apiClient, unwrap } from '../../api/client';
import { supplierSessionKeys } from '../../api/query-keys';
import { exactGateMatches } from '../../lib/action-impact';

type SupplierSession = components['schemas']['SmsSessionSupplier'];

/** Every session of a gate right now: general search for the code name, exact matches kept. */
export async function fetchSessionsOfGate(
  gateCName: string,
  signal?: AbortSignal,
): Promise<SupplierSession[]> {
  const body = await unwrap(
    apiClient.GET('/sess-manager-suppliers', {
      params: { query: { q: gateCName, all: 'yes' } },
      signal,
    }),
  );
  return exactGateMatches(Array.isArray(body.data) ? body.data : [], gateCName);
}

/** `openedAt` makes each dialog opening its own query: the facts are always fetched fresh. */
export function restartImpactQueryOptions(gateCName: string, openedAt: number) {
  return queryOptions({
    queryKey: [...supplierSessionKeys.all, 'action-impact', gateCName, openedAt] as const,
    queryFn: ({ signal }) => fetchSessionsOfGate(gateCName, signal),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}
