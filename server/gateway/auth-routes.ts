// /auth/*: sign-in with the authorization code grant (state + PKCE S256), the SPA's view of the
// session (/auth/me) and sign-out. In client_credentials mode everyone is the service account.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from './config';
import type { Credentials } from './credentials';
import { sendError } from './http-errors';
import { pkceChallenge, randomToken, TokenRejectedError, type OAuthClient } from './oauth-client';
import { safeReturnTo } from '../../src/lib/return-to';
import { SESSION_IDLE_SECONDS, type PendingSignIn } from './session-data';
import type { SessionRevocations } from './session-revocations';

const PENDING_MAX = 3;
const PENDING_TTL_MS = 10 * 60_000;
// A signed-out id is refused for as long as any copy of its cookie can be valid: the cookie's
// lifetime from now (its seal time is rounded to the second), plus a margin.
const REVOKED_FOR_MS = SESSION_IDLE_SECONDS * 1000 + 60_000;

export interface AuthRouteDeps {
  config: GatewayConfig;
  oauth: OAuthClient;
  credentials: Credentials;
  revocations: SessionRevocations;
  now: () => number;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A failed sign-in lands in the browser: a short page with a way back, JSON for scripts. */
function signInFailed(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
) {
  if (!(request.headers.accept ?? '').includes('text/html')) {
    return sendError(reply, status, code, message);
  }
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in failed</title></head>` +
        `<body><h1>Sign-in failed</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to the console</a></p></body></html>`,
    );
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps) {
  const { config, oauth, credentials, revocations, now } = deps;
  const signInRateLimit = {
    rateLimit: { max: config.signInRateLimitPerMinute, timeWindow: 60_000 },
  };

  app.get<{ Querystring: { returnTo?: string } }>(
    '/auth/login',
    { config: signInRateLimit },
    async (request, reply) => {
      const returnTo = safeReturnTo(request.query.returnTo);
      if (config.authMode === 'client_credentials' || !config.redirectUrl) {
        return reply.header('cache-control', 'no-store').redirect(returnTo, 302);
      }
      const state = randomToken();
      const verifier = randomToken(48);
      const t = now();
      const pending: PendingSignIn[] = (request.session.get('pending') ?? []).filter(
        (p) => t - p.startedAt < PENDING_TTL_MS,
      );
      pending.push({ state, verifier, returnTo, startedAt: t });
      request.session.set('pending', pending.slice(-PENDING_MAX));
      const url = new URL(config.authorizeUrl);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: config.redirectUrl,
        state,
        code_challenge: pkceChallenge(verifier),
        code_challenge_method: 'S256',
      }).toString();
      return reply.header('cache-control', 'no-store').redirect(url.toString(), 302);
    },
  );

  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/auth/callback',
    { config: signInRateLimit },
    async (request, reply) => {
      if (config.authMode === 'client_credentials' || !config.redirectUrl) {
        return reply.header('cache-control', 'no-store').redirect('/', 302);
      }
      const { code, state, error } = request.query;
      const pendingList = request.session.get('pending') ?? [];
      const t = now();
      const match =
        typeof state === 'string' && state.length > 0
          ? pendingList.find((p) => p.state === state && t - p.startedAt < PENDING_TTL_MS)
          : undefined;
      if (!match) {
        return signInFailed(
          request,
          reply,
          400,
          'OAUTH_STATE_INVALID',
          'The sign-in response does not match a sign-in started here (it may have expired). Please sign in again.',
        );
      }
      request.session.set(
        'pending',
        pendingList.filter((p) => p !== match),
      );
      if (error || typeof code !== 'string' || !code) {
        return signInFailed(
          request,
          reply,
          401,
          'SIGN_IN_FAILED',
          `The sign-in was not completed${error ? ` (${String(error).slice(0, 100)})` : ''}. Please sign in again.`,
        );
      }
      try {
        const token = await oauth.requestToken({
          grant_type: 'authorization_code',
          code,
          redirect_uri: config.redirectUrl,
          code_verifier: match.verifier,
        });
        // A new session for the new user: a fresh CSRF secret, no leftovers from before.
        request.session.regenerate();
        request.session.set('sid', randomToken(16));
        request.session.set('auth', {
          accessToken: token.accessToken,
          refreshToken: token.refreshToken,
          expiresAt: token.expiresAt,
          scope: token.scope,
          username: token.username,
        });
        return reply.header('cache-control', 'no-store').redirect(match.returnTo, 302);
      } catch (err) {
        if (err instanceof TokenRejectedError) {
          return signInFailed(
            request,
            reply,
            401,
            'SIGN_IN_FAILED',
            'The sign-in code was not accepted (it may have been used already). Please sign in again.',
          );
        }
        request.log.warn({ err }, 'token exchange failed');
        return signInFailed(
          request,
          reply,
          502,
          'UPSTREAM_UNREACHABLE',
          'The sign-in service could not be reached. Please try again in a moment.',
        );
      }
    },
  );

  app.get('/auth/me', async (request, reply) => {
    const result = await credentials.current(request);
    if (!result.ok) {
      if (result.reason === 'signed_out') {
        return sendError(reply, 401, 'UNAUTHENTICATED', 'Not signed in.');
      }
      request.log.warn({ err: result.error }, 'token request failed');
      return sendError(
        reply,
        502,
        'UPSTREAM_UNREACHABLE',
        'The sign-in service could not be reached.',
      );
    }
    const { access } = result;
    return reply.header('cache-control', 'no-store').send({
      user: { name: access.userName, id: access.userId },
      privileges: access.scope,
      expiresAt: new Date(access.expiresAt).toISOString(),
      csrfToken: reply.generateCsrf(),
      authMode: config.authMode,
    });
  });

  // Ends the session everywhere this replica answers: copies of the cookie taken before are
  // refused from now on, and the tokens sealed in it are never used again. HORISEN documents no
  // token revocation endpoint, so the platform keeps them valid until they expire.
  app.post('/auth/logout', { preHandler: app.csrfProtection }, async (request, reply) => {
    const sid = request.session.get('sid');
    if (sid !== undefined) await revocations.revoke(sid, now() + REVOKED_FOR_MS);
    request.session.delete();
    return reply.code(204).header('cache-control', 'no-store').send();
  });
}
