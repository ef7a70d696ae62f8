// Calls to HORISEN's OAuth2 token endpoint (form-encoded, client credentials in the body as
// HORISEN documents), plus the PKCE and state helpers for the authorization code grant.
import { createHash, randomBytes } from 'node:crypto';

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scope: string[];
  username?: string;
}

/** The token endpoint refused the grant (4xx): the refresh token or code is no good. */
export class TokenRejectedError extends Error {
  constructor(
    readonly status: number,
    readonly oauthError: string,
  ) {
    super(`token endpoint answered ${status} (${oauthError})`);
  }
}

/** The token endpoint could not be reached, timed out or answered 5xx / garbage. */
export class TokenEndpointError extends Error {
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

export interface OAuthClientOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  now?: () => number;
}

export type Grant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier: string }
  | { grant_type: 'refresh_token'; refresh_token: string }
  | { grant_type: 'client_credentials' };

const DEFAULT_TTL_SECONDS = 3600;

export function createOAuthClient(options: OAuthClientOptions) {
  const now = options.now ?? Date.now;

  async function requestToken(grant: Grant): Promise<TokenSet> {
    const form = new URLSearchParams({
      ...grant,
      client_id: options.clientId,
      client_secret: options.clientSecret,
    });
    let response: Response;
    try {
      response = await fetch(options.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form.toString(),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new TokenEndpointError(
        `token endpoint ${timedOut ? 'timed out' : 'unreachable'}: ${(error as Error).message}`,
        timedOut,
      );
    }
    let body: Record<string, unknown> = {};
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      // handled below: a non-JSON answer is an endpoint error
    }
    if (response.status >= 400 && response.status < 500) {
      throw new TokenRejectedError(response.status, String(body.error ?? 'invalid_request'));
    }
    if (!response.ok || typeof body.access_token !== 'string' || !body.access_token) {
      throw new TokenEndpointError(`token endpoint answered ${response.status} without a token`);
    }
    const ttl =
      typeof body.expires_in === 'number' && body.expires_in > 0
        ? body.expires_in
        : Number(body.expires_in) > 0
          ? Number(body.expires_in)
          : DEFAULT_TTL_SECONDS;
    return {
      accessToken: body.access_token,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
      expiresAt: now() + ttl * 1000,
      scope: typeof body.scope === 'string' ? body.scope.split(/\s+/).filter(Boolean) : [],
      username: typeof body.username === 'string' && body.username ? body.username : undefined,
    };
  }

  return { requestToken };
}

export type OAuthClient = ReturnType<typeof createOAuthClient>;

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
