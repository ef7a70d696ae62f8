import type { QueryClient } from '@tanstack/react-query';
import { createLoader } from 'nuqs';
import { meQueryOptions } from '../features/auth/get-me';
import { customerGridParsers } from '../features/customer-sessions/customer-grid-config';
import { customerSessionsQueryOptions } from '../features/customer-sessions/list-customer-sessions';
import { supplierGridParsers } from '../features/supplier-sessions/supplier-grid-config';
import { supplierSessionsQueryOptions } from '../features/supplier-sessions/list-supplier-sessions';
import { listParamsOf } from '../lib/grid-url-parsers';

const loadCustomerView = createLoader(customerGridParsers);
const loadSupplierView = createLoader(supplierGridParsers);

/**
 * Starts the requests the first screen waits for before React renders: /auth/me and, on a grid
 * landing page, that grid's page of rows, in parallel instead of one after the other. The pages'
 * own queries then find them in the cache. Errors land in the cache too (a 401 signs out there).
 * The returned promise settles when all of them have.
 */
export function startEarlyFetches(
  queryClient: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
): Promise<void> {
  const started = [queryClient.prefetchQuery(meQueryOptions)];
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/customer-sessions') {
    // `/` redirects to the customer grid without its query string.
    const view = loadCustomerView(path === '/' ? '' : location.search);
    started.push(queryClient.prefetchQuery(customerSessionsQueryOptions(listParamsOf(view))));
  } else if (path === '/supplier-sessions') {
    const view = loadSupplierView(location.search);
    started.push(queryClient.prefetchQuery(supplierSessionsQueryOptions(listParamsOf(view))));
  }
  // prefetchQuery never rejects: this settles once every answer (or error) is in the cache.
  return Promise.all(started).then(() => undefined);
}
