import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { markSignedOut } from '../api/session-state';

const MAX_RETRIES = 3;

function onError(error: unknown) {
  // Any 401 means the gateway session is gone: show the sign-in screen in place.
  if (isApiError(error) && error.status === 401) markSignedOut();
}

/** Error policy lives here once: client errors are final, 5xx and network failures back off. */
export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          isApiError(error) ? error.retryable && failureCount < MAX_RETRIES : false,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 10_000),
      },
      mutations: { retry: false },
    },
  });
}
