// What the encrypted session cookie holds. Tokens live here (never in the browser's JavaScript):
// the cookie is httpOnly and sealed with XSalsa20-Poly1305, so replicas need no shared store.
export interface StoredAuth {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scope: string[];
  username?: string;
}

/** A sign-in in progress (one per open tab, a few at most). */
export interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
  /** Epoch milliseconds; stale entries are dropped. */
  startedAt: number;
}

/**
 * How long a sealed cookie stays valid without being re-sealed (any change, such as a token
 * refresh, re-seals it): one long shift. Also how long a signed-out session id is refused.
 */
export const SESSION_IDLE_SECONDS = 12 * 3600;

declare module '@fastify/secure-session' {
  interface SessionData {
    auth: StoredAuth;
    /** Set at sign-in; sign-out lists it in the revocations (session-revocations.ts). */
    sid: string;
    pending: PendingSignIn[];
    _csrf: string;
  }
}
