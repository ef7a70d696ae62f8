// Opaque OAuth2 tokens and authorization codes, in memory, with expiry.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Grant {
  clientId: string;
  username?: string;
  scopes: string[];
}

export interface AccessToken extends Grant {
  expiresAt: number;
}

interface AuthCode extends Grant {
  redirectUri: string;
  challenge?: string;
  expiresAt: number;
}

export const CODE_TTL_MS = 60_000;
export const REFRESH_TTL_MS = 7 * 86_400_000;

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class TokenStore {
  private readonly access = new Map<string, AccessToken>();
  private readonly refresh = new Map<string, AccessToken>();
  private readonly codes = new Map<string, AuthCode>();
  issued = 0;

  private sweep(now: number): void {
    if (this.access.size + this.refresh.size + this.codes.size < 10_000) return;
    for (const map of [this.access, this.refresh, this.codes]) {
      for (const [k, v] of map) if (v.expiresAt <= now) map.delete(k);
    }
  }

  issue(
    grant: Grant,
    ttlSeconds: number,
    withRefresh: boolean,
  ): { accessToken: string; refreshToken?: string; expiresIn: number } {
    const now = Date.now();
    this.sweep(now);
    const accessToken = randomToken();
    this.access.set(accessToken, { ...grant, expiresAt: now + ttlSeconds * 1000 });
    this.issued++;
    if (!withRefresh) return { accessToken, expiresIn: ttlSeconds };
    const refreshToken = randomToken();
    this.refresh.set(refreshToken, { ...grant, expiresAt: now + REFRESH_TTL_MS });
    return { accessToken, refreshToken, expiresIn: ttlSeconds };
  }

  /** undefined: unknown token; 'expired': known but past its expiry. */
  verify(token: string): AccessToken | 'expired' | undefined {
    const hit = this.access.get(token);
    if (!hit) return undefined;
    return hit.expiresAt <= Date.now() ? 'expired' : hit;
  }

  /** Single use: the refresh token is consumed (rotation). */
  takeRefresh(token: string): AccessToken | undefined {
    const hit = this.refresh.get(token);
    if (!hit) return undefined;
    this.refresh.delete(token);
    return hit.expiresAt > Date.now() ? hit : undefined;
  }

  putBackRefresh(token: string, grant: AccessToken): void {
    this.refresh.set(token, grant);
  }

  /** Every access token issued so far expires now (refresh tokens stay valid). */
  expireAll(): number {
    const now = Date.now();
    for (const t of this.access.values()) t.expiresAt = Math.min(t.expiresAt, now);
    return this.access.size;
  }

  /** Every grant ends now, refresh tokens included: the user must sign in again. */
  revokeAll(): number {
    const count = this.access.size;
    this.expireAll();
    this.refresh.clear();
    return count;
  }

  createCode(grant: Grant, redirectUri: string, challenge?: string): string {
    const code = randomToken();
    this.codes.set(code, {
      ...grant,
      redirectUri,
      expiresAt: Date.now() + CODE_TTL_MS,
      ...(challenge ? { challenge } : {}),
    });
    return code;
  }

  /** Codes are single use: looking one up consumes it. */
  takeCode(code: string): AuthCode | undefined {
    const hit = this.codes.get(code);
    if (!hit) return undefined;
    this.codes.delete(code);
    return hit.expiresAt > Date.now() ? hit : undefined;
  }
}
