// Which bearer token a request travels with, in either auth mode, and when to renew it:
// within 60 s of expiry (before proxying) and once after the upstream answers 401.
import type { FastifyRequest } from 'fastify';
import type { GatewayConfig } from './config';
import { TokenRejectedError, type OAuthClient, type TokenSet } from './oauth-client';
import type { StoredAuth } from './session-data';

export const RENEW_BEFORE_EXPIRY_MS = 60_000;
// A browser may fire several requests with the old cookie while a refresh is under way, and
// HORISEN may rotate refresh tokens: share one refresh per refresh token for a short while.
const SHARED_REFRESH_MS = 30_000;

export interface Access {
  accessToken: string;
  expiresAt: number;
  scope: string[];
  userName: string;
  userId: string;
}

export type AccessResult =
  | { ok: true; access: Access }
  | { ok: false; reason: 'signed_out' }
  | { ok: false; reason: 'upstream'; error: Error };

export function createCredentials(config: GatewayConfig, oauth: OAuthClient, now = Date.now) {
  let serviceToken: TokenSet | null = null;
  let serviceTokenPending: Promise<TokenSet> | null = null;
  const refreshes = new Map<string, { promise: Promise<TokenSet>; startedAt: number }>();

  function fromStored(auth: StoredAuth): Access {
    const name = auth.username ?? config.clientId;
    return {
      accessToken: auth.accessToken,
      expiresAt: auth.expiresAt,
      scope: auth.scope,
      userName: name,
      userId: name,
    };
  }

  // Every request of every visitor shares the service token: build its Access once.
  let serviceAccess: { token: TokenSet; access: Access } | null = null;
  function fromService(token: TokenSet): Access {
    if (serviceAccess?.token !== token) {
      serviceAccess = {
        token,
        access: {
          accessToken: token.accessToken,
          expiresAt: token.expiresAt,
          scope: token.scope,
          userName: config.clientId,
          userId: config.clientId,
        },
      };
    }
    return serviceAccess.access;
  }

  async function fetchServiceToken(): Promise<TokenSet> {
    serviceTokenPending ??= oauth
      .requestToken({ grant_type: 'client_credentials' })
      .then((token) => {
        serviceToken = token;
        return token;
      })
      .finally(() => {
        serviceTokenPending = null;
      });
    return serviceTokenPending;
  }

  function sharedRefresh(refreshToken: string): Promise<TokenSet> {
    const t = now();
    for (const [key, entry] of refreshes) {
      if (t - entry.startedAt > SHARED_REFRESH_MS) refreshes.delete(key);
    }
    const existing = refreshes.get(refreshToken);
    if (existing) return existing.promise;
    const promise = oauth.requestToken({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
    promise.catch(() => refreshes.delete(refreshToken));
    refreshes.set(refreshToken, { promise, startedAt: t });
    return promise;
  }

  async function refreshUser(request: FastifyRequest, auth: StoredAuth): Promise<AccessResult> {
    if (!auth.refreshToken) {
      request.session.set('auth', undefined);
      return { ok: false, reason: 'signed_out' };
    }
    try {
      const token = await sharedRefresh(auth.refreshToken);
      const stored: StoredAuth = {
        accessToken: token.accessToken,
        refreshToken: token.refreshToken ?? auth.refreshToken,
        expiresAt: token.expiresAt,
        scope: token.scope.length ? token.scope : auth.scope,
        username: token.username ?? auth.username,
      };
      request.session.set('auth', stored);
      return { ok: true, access: fromStored(stored) };
    } catch (error) {
      if (error instanceof TokenRejectedError) {
        request.session.set('auth', undefined);
        return { ok: false, reason: 'signed_out' };
      }
      return { ok: false, reason: 'upstream', error: error as Error };
    }
  }

  /** The token to use now, renewed first if it expires within a minute. */
  async function current(request: FastifyRequest): Promise<AccessResult> {
    if (config.authMode === 'client_credentials') {
      if (serviceToken && serviceToken.expiresAt - now() > RENEW_BEFORE_EXPIRY_MS) {
        return { ok: true, access: fromService(serviceToken) };
      }
      try {
        return { ok: true, access: fromService(await fetchServiceToken()) };
      } catch (error) {
        // An expiring but still valid token is better than an error.
        if (serviceToken && serviceToken.expiresAt > now()) {
          return { ok: true, access: fromService(serviceToken) };
        }
        return { ok: false, reason: 'upstream', error: error as Error };
      }
    }
    const auth = request.session.get('auth');
    if (!auth) return { ok: false, reason: 'signed_out' };
    if (auth.expiresAt - now() > RENEW_BEFORE_EXPIRY_MS)
      return { ok: true, access: fromStored(auth) };
    const renewed = await refreshUser(request, auth);
    if (!renewed.ok && renewed.reason === 'upstream' && auth.expiresAt > now()) {
      return { ok: true, access: fromStored(auth) };
    }
    return renewed;
  }

  /** After the upstream rejected `rejectedToken` with 401: a new token, or signed out. */
  async function renew(request: FastifyRequest, rejectedToken: string): Promise<AccessResult> {
    if (config.authMode === 'client_credentials') {
      try {
        const token =
          serviceToken && serviceToken.accessToken !== rejectedToken
            ? serviceToken
            : await fetchServiceToken();
        return { ok: true, access: fromService(token) };
      } catch (error) {
        return { ok: false, reason: 'upstream', error: error as Error };
      }
    }
    const auth = request.session.get('auth');
    if (!auth) return { ok: false, reason: 'signed_out' };
    return refreshUser(request, auth);
  }

  /** Drops a token the upstream keeps refusing even when fresh. */
  function forget(request: FastifyRequest, token: string) {
    if (config.authMode === 'client_credentials') {
      if (serviceToken?.accessToken === token) serviceToken = null;
      return;
    }
    request.session.set('auth', undefined);
  }

  return { current, renew, forget };
}

export type Credentials = ReturnType<typeof createCredentials>;
