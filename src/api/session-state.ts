import { useSyncExternalStore } from 'react';

// A 401 from any call means the gateway session is gone; this flag flips the whole app to the
// sign-in screen without navigating, so the current URL (the view's state) becomes the returnTo.

let signedOut = false;
/** Whether this page has been signed in: a 401 then means the session ended, not a first visit. */
let hadSession = false;
const listeners = new Set<() => void>();

export function markSignedOut(): void {
  if (signedOut) return;
  signedOut = true;
  listeners.forEach((l) => l());
}

export function markSignedIn(): void {
  hadSession = true;
  if (!signedOut) return;
  signedOut = false;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSignedOut(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => signedOut,
    () => false,
  );
}

/** Signed out after having been signed in on this page (the platform or gateway ended it). */
export function useSessionEnded(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => signedOut && hadSession,
    () => false,
  );
}
