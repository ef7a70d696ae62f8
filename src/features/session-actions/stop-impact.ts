import { queryOptions } from '@tanstack/react-query';
import type { components } from '../../api/schema.gen';
import { apiClient, unwrap } from '../../api/client';
import { customerSessionKeys } from '../../api/query-keys';
import { exactAuthNameMatches } from '../../lib/action-impact';

type CustomerSession = components['schemas']['SmsSession'];

/**
 * Every bind of an auth name right now. authName is not filterable, so this is the general
 * search over all matches (`q`, `all=yes`) narrowed to exact matches here.
 */
export async function fetchBindsOf(
  authName: string,
  signal?: AbortSignal,
): Promise<CustomerSession[]> {
  const body = await unwrap(
    apiClient.GET('/sess-manager', { params: { query: { q: authName, all: 'yes' } }, signal }),
  );
  return exactAuthNameMatches(Array.isArray(body.data) ? body.data : [], authName);
}

/** `openedAt` makes each dialog opening its own query: the facts are always fetched fresh. */
export function stopImpactQueryOptions(authName: string, openedAt: number) {
  return queryOptions({
    queryKey: [...customerSessionKeys.all, 'action-impact', authName, openedAt] as const,
    queryFn: ({ signal }) => fetchBindsOf(authName, signal),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}
