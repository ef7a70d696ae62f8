import { useMutation } from '@tanstack/react-query';
import { fetchJson } from '../../api/client';
import { setCsrfToken } from '../../api/csrf-token';

/** POST /auth/logout (CSRF header added by fetchJson), then a full reload so no cache survives. */
export function useSignOut() {
  return useMutation({
    mutationFn: () => fetchJson('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      window.location.assign('/');
    },
  });
}
