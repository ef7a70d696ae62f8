import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../api/client';
import { setCsrfToken } from '../../api/csrf-token';
import { authKeys } from '../../api/query-keys';
import { markSignedIn } from '../../api/session-state';
import type { Me } from './me-schema';

export type { Me };

export const meQueryOptions = queryOptions({
  queryKey: authKeys.me(),
  queryFn: async ({ signal }) => {
    // The validator loads alongside the request rather than with the first bundle.
    const [{ meSchema }, body] = await Promise.all([
      import('./me-schema'),
      fetchJson('/auth/me', { signal }),
    ]);
    const me: Me = meSchema.parse(body);
    adoptMe(me);
    return me;
  },
  staleTime: 5 * 60_000,
});

/** What the app keeps from a signed-in answer outside the cache (also for one rendered on the server). */
export function adoptMe(me: Me): void {
  setCsrfToken(me.csrfToken);
  markSignedIn();
}

export function useMe() {
  return useQuery(meQueryOptions);
}
