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

declare module '@fastify/secure-session' {
  interface SessionData {
    auth: StoredAuth;
    pending: PendingSignIn[];
    _csrf: string;
  }
}
