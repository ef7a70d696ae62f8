import { useMemo } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../api/client';
import { customerSessionKeys, supplierSessionKeys } from '../../api/query-keys';
import { SUPPLIER_VIEW_PRIVILEGE } from '../../lib/privileges';
import { useCurrentUser } from '../auth/current-user';
import { groupMatches } from './search-matches';

const PAGE_SIZE = 50;
const DEBOUNCE_MS = 250;
export const MIN_QUERY = 2;

export function customerSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: customerSessionKeys.list({ search: q, size: PAGE_SIZE }),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          apiClient.GET('/sess-manager', {
            params: { query: { q, page_size: PAGE_SIZE, page_number: 1 } },
            signal,
          }),
        )
      ).data ?? [],
    staleTime: 10_000,
  });
}

export function supplierSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: supplierSessionKeys.list({ search: q, size: PAGE_SIZE }),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          apiClient.GET('/sess-manager-suppliers', {
            params: { query: { q, page_size: PAGE_SIZE, page_number: 1 } },
            signal,
          }),
        )
      ).data ?? [],
    staleTime: 10_000,
  });
}

/** `q` on both lists, debounced, grouped into distinct matches. */
export function useSearchMatches(query: string) {
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const enabled = debounced.length >= MIN_QUERY;
  const customers = useQuery({
    ...customerSearchQueryOptions(debounced),
    enabled,
    placeholderData: keepPreviousData,
  });
  // Users without the supplier view privilege are not offered gates (nor is the platform asked).
  const canSeeGates = useCurrentUser().hasPrivilege(SUPPLIER_VIEW_PRIVILEGE);
  const suppliers = useQuery({
    ...supplierSearchQueryOptions(debounced),
    enabled: enabled && canSeeGates,
    placeholderData: keepPreviousData,
  });
  const customerRows = customers.data;
  const supplierRows = suppliers.data;
  const groups = useMemo(
    () => (enabled ? groupMatches(debounced, customerRows ?? [], supplierRows ?? []) : []),
    [enabled, debounced, customerRows, supplierRows],
  );
  const settled =
    enabled &&
    debounced === query.trim() &&
    !customers.isFetching &&
    !suppliers.isFetching &&
    !customers.isPlaceholderData;
  return {
    groups,
    /** True when the groups answer exactly what is typed now. */
    settled,
    loading: query.trim().length >= MIN_QUERY && !settled,
    error: customers.error,
  };
}
