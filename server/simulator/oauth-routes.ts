// HORISEN-style OAuth2: the token endpoint (three grants) and the sign-in page of the authorization code flow.
import { randomBytes } from 'node:crypto';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimulatorContext } from './context';
import { findClient, findUser, type DemoClient } from './identities';
import { errorPage, pageCsp, signInPage } from './sign-in-page';
import { s256, safeEqual } from './tokens';

class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
    readonly basic = false,
  ) {
    super(description);
  }
}

type Params = Record<string, string>;

/** Form or query parameters as single strings; a repeated parameter is an invalid_request (RFC 6749 §3.1). */
function singleValues(input: unknown): Params {
  const out: Params = {};
  if (input === null || typeof input !== 'object') return out;
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (Array.isArray(v))
      throw new OAuthError(400, 'invalid_request', `Parameter ${k} given more than once`);
    if (typeof v === 'string') {
      if (v.length > 2048)
        throw new OAuthError(400, 'invalid_request', `Parameter ${k} is too long`);
      out[k] = v;
    }
  }
  return out;
}

function authenticateClient(req: FastifyRequest, body: Params): DemoClient {
  const header = req.headers.authorization;
  let id = body.client_id;
  let secret = body.client_secret;
  let basic = false;
  if (header !== undefined) {
    const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!m)
      throw new OAuthError(
        401,
        'invalid_client',
        'Unsupported Authorization header; use HTTP Basic',
        true,
      );
    const decoded = Buffer.from(m[1] as string, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
      throw new OAuthError(401, 'invalid_client', 'Malformed HTTP Basic credentials', true);
    let basicId: string;
    let basicSecret: string;
    try {
      basicId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
      basicSecret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
    } catch {
      throw new OAuthError(401, 'invalid_client', 'Malformed HTTP Basic credentials', true);
    }
    if (secret !== undefined) {
      throw new OAuthError(
        400,
        'invalid_request',
        'Use one client authentication method, not both Basic and client_secret',
      );
    }
    if (id !== undefined && id !== basicId) {
      throw new OAuthError(
        400,
        'invalid_request',
        'client_id does not match the HTTP Basic credentials',
      );
    }
    id = basicId;
    secret = basicSecret;
    basic = true;
  }
  if (!id || secret === undefined) {
    throw new OAuthError(
      401,
      'invalid_client',
      'Client authentication required (client_id and client_secret)',
      basic,
    );
  }
  const client = findClient(id);
  if (!client || !safeEqual(client.secret, secret)) {
    throw new OAuthError(401, 'invalid_client', 'Unknown client or wrong client secret', basic);
  }
  return client;
}

/** The requested scope must be a subset of what may be granted; none requested = all of it. */
function grantScopes(requested: string | undefined, allowed: readonly string[]): string[] {
  if (requested === undefined || requested.trim() === '') return [...allowed];
  const wanted = [...new Set(requested.trim().split(/\s+/))];
  const extra = wanted.filter((s) => !allowed.includes(s));
  if (extra.length) {
    throw new OAuthError(400, 'invalid_scope', `Scope not allowed here: ${extra.join(' ')}`);
  }
  return wanted;
}

function sendOAuthError(reply: FastifyReply, e: OAuthError) {
  if (e.basic) reply.header('www-authenticate', 'Basic realm="horisen-simulator"');
  return reply
    .code(e.status)
    .header('cache-control', 'no-store')
    .send({ error: e.error, error_description: e.message });
}

const CHALLENGE = /^[A-Za-z0-9._~-]{43,128}$/;

interface AuthorizeRequest {
  client: DemoClient;
  redirectUri: string;
  hidden: Params;
  state?: string;
}

export function registerOAuthRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  void app.register(async (oauth) => {
    await oauth.register(formbody, { bodyLimit: 16_384 });

    oauth.post('/oauth2/access-token', async (req, reply) => {
      if (ctx.faults.outage) {
        return reply.code(503).send({
          error: 'temporarily_unavailable',
          error_description: 'Simulated outage: the platform is unavailable',
        });
      }
      try {
        if (
          !req.headers['content-type']
            ?.toLowerCase()
            .startsWith('application/x-www-form-urlencoded')
        ) {
          throw new OAuthError(
            400,
            'invalid_request',
            'Send the parameters as application/x-www-form-urlencoded',
          );
        }
        const body = singleValues(req.body);
        const client = authenticateClient(req, body);
        const grantType = body.grant_type;
        let scopes: string[];
        let username: string | undefined;
        let withRefresh = true;
        if (grantType === 'client_credentials') {
          scopes = grantScopes(body.scope, client.privileges);
          withRefresh = false;
        } else if (grantType === 'authorization_code') {
          if (!body.code) throw new OAuthError(400, 'invalid_request', 'code is required');
          const code = ctx.tokens.takeCode(body.code);
          if (!code)
            throw new OAuthError(
              400,
              'invalid_grant',
              'Unknown, used or expired authorization code',
            );
          if (code.clientId !== client.id) {
            throw new OAuthError(400, 'invalid_grant', 'The code was issued to another client');
          }
          if (body.redirect_uri !== code.redirectUri) {
            throw new OAuthError(
              400,
              'invalid_grant',
              'redirect_uri does not match the authorization request',
            );
          }
          if (code.challenge) {
            if (!body.code_verifier)
              throw new OAuthError(400, 'invalid_grant', 'code_verifier is required (PKCE)');
            if (!safeEqual(s256(body.code_verifier), code.challenge)) {
              throw new OAuthError(
                400,
                'invalid_grant',
                'code_verifier does not match the code_challenge',
              );
            }
          }
          scopes = code.scopes;
          username = code.username;
        } else if (grantType === 'refresh_token') {
          if (!body.refresh_token)
            throw new OAuthError(400, 'invalid_request', 'refresh_token is required');
          const grant = ctx.tokens.takeRefresh(body.refresh_token);
          if (!grant)
            throw new OAuthError(400, 'invalid_grant', 'Unknown, used or expired refresh token');
          if (grant.clientId !== client.id) {
            ctx.tokens.putBackRefresh(body.refresh_token, grant);
            throw new OAuthError(
              400,
              'invalid_grant',
              'The refresh token was issued to another client',
            );
          }
          scopes = grantScopes(body.scope, grant.scopes);
          username = grant.username;
        } else if (!grantType) {
          throw new OAuthError(400, 'invalid_request', 'grant_type is required');
        } else {
          throw new OAuthError(
            400,
            'unsupported_grant_type',
            `Unsupported grant_type ${JSON.stringify(grantType.slice(0, 50))}`,
          );
        }
        const issued = ctx.tokens.issue(
          { clientId: client.id, scopes, ...(username ? { username } : {}) },
          ctx.faults.tokenTtlSeconds,
          withRefresh,
        );
        ctx.stats.tokensIssued++;
        return reply
          .header('cache-control', 'no-store')
          .header('pragma', 'no-cache')
          .send({
            access_token: issued.accessToken,
            token_type: 'Bearer',
            expires_in: issued.expiresIn,
            scope: scopes.join(' '),
            ...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
            ...(username ? { username } : {}),
          });
      } catch (e) {
        if (e instanceof OAuthError) return sendOAuthError(reply, e);
        throw e;
      }
    });

    const htmlHeaders = (reply: FastifyReply, nonce: string, formTargets: string[] = []) =>
      reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', pageCsp(nonce, formTargets))
        .header('x-content-type-options', 'nosniff')
        .header('x-frame-options', 'DENY')
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-store');

    /** Client and redirect URI are checked before anything is sent to the redirect URI (never an open redirect). */
    const readAuthorize = (
      params: Params,
      reply: FastifyReply,
      nonce: string,
    ):
      | AuthorizeRequest
      | { error: string; description: string; redirectUri: string; state?: string }
      | null => {
      const client = params.client_id ? findClient(params.client_id) : undefined;
      if (!client) {
        void htmlHeaders(reply, nonce)
          .code(400)
          .send(
            errorPage(
              nonce,
              'Unknown application',
              `No client is registered with client_id ${JSON.stringify(params.client_id ?? '')}.`,
            ),
          );
        return null;
      }
      const redirectUri = params.redirect_uri;
      if (!redirectUri || !ctx.redirectUris.has(redirectUri)) {
        void htmlHeaders(reply, nonce)
          .code(400)
          .send(
            errorPage(
              nonce,
              'Unregistered redirect URI',
              redirectUri
                ? `The redirect URI ${JSON.stringify(redirectUri)} is not registered for ${client.id}.`
                : 'The request has no redirect_uri.',
            ),
          );
        return null;
      }
      const state = params.state;
      const fail = (error: string, description: string) => ({
        error,
        description,
        redirectUri,
        ...(state !== undefined ? { state } : {}),
      });
      if (params.response_type !== 'code') {
        return fail('unsupported_response_type', 'Only response_type=code is supported');
      }
      const challenge = params.code_challenge;
      const method = params.code_challenge_method;
      if (challenge !== undefined || method !== undefined) {
        if (method !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
        if (!challenge || !CHALLENGE.test(challenge)) {
          return fail(
            'invalid_request',
            'code_challenge must be 43-128 characters of [A-Za-z0-9._~-]',
          );
        }
      }
      if (params.scope !== undefined && params.scope.trim() !== '') {
        const unknown = params.scope
          .trim()
          .split(/\s+/)
          .filter((s) => !client.privileges.includes(s));
        if (unknown.length) return fail('invalid_scope', `Scope not allowed: ${unknown.join(' ')}`);
      }
      const hidden: Params = {
        response_type: 'code',
        client_id: client.id,
        redirect_uri: redirectUri,
      };
      for (const k of ['state', 'scope', 'code_challenge', 'code_challenge_method']) {
        const v = params[k];
        if (v !== undefined) hidden[k] = v;
      }
      return { client, redirectUri, hidden, ...(state !== undefined ? { state } : {}) };
    };

    const redirectWith = (reply: FastifyReply, redirectUri: string, params: Params) => {
      const url = new URL(redirectUri);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      return reply.header('cache-control', 'no-store').redirect(url.toString(), 302);
    };

    const handleAuthorize = async (
      req: FastifyRequest,
      reply: FastifyReply,
      input: unknown,
      post: boolean,
    ) => {
      const nonce = randomBytes(16).toString('base64');
      let params: Params;
      try {
        params = singleValues(input);
      } catch (e) {
        return htmlHeaders(reply, nonce)
          .code(400)
          .send(errorPage(nonce, 'Bad request', (e as Error).message));
      }
      const parsed = readAuthorize(params, reply, nonce);
      if (!parsed) return reply;
      if ('error' in parsed) {
        return redirectWith(reply, parsed.redirectUri, {
          error: parsed.error,
          error_description: parsed.description,
          ...(parsed.state !== undefined ? { state: parsed.state } : {}),
        });
      }
      const formTargets = [new URL(parsed.redirectUri).origin];
      if (!post) {
        return htmlHeaders(reply, nonce, formTargets).send(
          signInPage({ nonce, hidden: parsed.hidden, clientId: parsed.client.id }),
        );
      }
      const user = params.username ? findUser(params.username) : undefined;
      if (!user || !safeEqual(user.password, params.password ?? '')) {
        return htmlHeaders(reply, nonce, formTargets)
          .code(401)
          .send(
            signInPage({
              nonce,
              hidden: parsed.hidden,
              clientId: parsed.client.id,
              username: params.username ?? '',
              error: 'Wrong username or password. Try again.',
            }),
          );
      }
      let scopes = user.privileges.filter((p) => parsed.client.privileges.includes(p));
      const requested = parsed.hidden.scope?.trim();
      if (requested) {
        const wanted = requested.split(/\s+/);
        scopes = scopes.filter((s) => wanted.includes(s));
      }
      const code = ctx.tokens.createCode(
        { clientId: parsed.client.id, username: user.name, scopes },
        parsed.redirectUri,
        parsed.hidden.code_challenge,
      );
      return redirectWith(reply, parsed.redirectUri, {
        code,
        ...(parsed.state !== undefined ? { state: parsed.state } : {}),
      });
    };

    oauth.get('/oauth2/authorize', (req, reply) => handleAuthorize(req, reply, req.query, false));
    oauth.post('/oauth2/authorize', (req, reply) => handleAuthorize(req, reply, req.body, true));
  });
}
