// Sign-out ends the session everywhere: a copy of the cookie taken before it (another tab, a
// stolen cookie, a saved request) is a signed-out visitor's from then on, on every route, and
// the tokens sealed in it are never sent to the platform again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './testing/fake-upstream';
import { startGateway, testConfig, type TestGateway } from './testing/gateway-harness';
import type { SessionRevocations } from './session-revocations';

let upstream: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(async () => {
  await upstream.close();
});
afterEach(async () => {
  await gw?.app.close();
  upstream.setTtl(3600);
});

/** The request as another browser holding `cookie` would send it (no cookie jar). */
function withCookie(
  cookie: string,
  opts: {
    method?: 'GET' | 'PUT' | 'POST';
    url: string;
    headers?: Record<string, string>;
    payload?: string;
  },
) {
  return gw.app.inject({
    method: opts.method ?? 'GET',
    url: opts.url,
    headers: { cookie, ...opts.headers },
    ...(opts.payload !== undefined ? { payload: opts.payload } : {}),
  });
}

async function signOut() {
  const token = await gw.csrf();
  const out = await gw.request({
    method: 'POST',
    url: '/auth/logout',
    headers: { 'x-csrf-token': token },
  });
  expect(out.statusCode).toBe(204);
}

describe('sign-out', () => {
  it('refuses a copy of the cookie taken before, on /auth/me and every /api/* call', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const csrf = await gw.csrf();
    const copy = gw.cookieHeader();
    // The copy works while the session is live.
    expect((await withCookie(copy, { url: '/auth/me' })).statusCode).toBe(200);
    expect((await withCookie(copy, { url: '/api/sess-manager' })).statusCode).toBe(200);

    await signOut();
    const apiCallsBefore = upstream.apiCalls.length;
    const tokenCallsBefore = upstream.tokenCalls.length;

    const me = await withCookie(copy, { url: '/auth/me' });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const url of ['/api/sess-manager', '/api/sess-manager-suppliers', '/api/sess-manager/1']) {
      const read = await withCookie(copy, { url });
      expect(read.statusCode, url).toBe(401);
      expect(read.json(), url).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const write = await withCookie(copy, {
      method: 'PUT',
      url: '/api/customer-connections/stop',
      headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
      payload: '{"authName":"acme"}',
    });
    expect(write.statusCode).toBe(401);
    // Nothing reached the platform with the old tokens, and no refresh was tried with them.
    expect(upstream.apiCalls.length).toBe(apiCallsBefore);
    expect(upstream.tokenCalls.length).toBe(tokenCallsBefore);
    // Nor can the copy sign out again or start acting as the session.
    const again = await withCookie(copy, {
      method: 'POST',
      url: '/auth/logout',
      headers: { 'x-csrf-token': csrf },
    });
    expect(again.statusCode).toBe(403);
  });

  it('also refuses a copy re-sealed by a token refresh before the sign-out', async () => {
    upstream.setTtl(30);
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const beforeRefresh = gw.cookieHeader();
    upstream.setTtl(3600);
    // Within a minute of expiry: the token is refreshed and the cookie re-sealed.
    expect((await gw.request({ url: '/api/sess-manager' })).statusCode).toBe(200);
    const afterRefresh = gw.cookieHeader();
    expect(afterRefresh).not.toBe(beforeRefresh);
    await signOut();
    const tokenCallsBefore = upstream.tokenCalls.length;
    for (const copy of [beforeRefresh, afterRefresh]) {
      expect((await withCookie(copy, { url: '/auth/me' })).statusCode).toBe(401);
      expect((await withCookie(copy, { url: '/api/sess-manager' })).statusCode).toBe(401);
    }
    expect(upstream.tokenCalls.length).toBe(tokenCallsBefore);
  });

  it('ends only the session signed out: another sign-in of the same user stays live', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const otherBrowser = gw.cookieHeader();
    gw.jar.clear();
    await gw.signIn();
    await signOut();
    expect((await withCookie(otherBrowser, { url: '/auth/me' })).statusCode).toBe(200);
    expect((await withCookie(otherBrowser, { url: '/api/sess-manager' })).statusCode).toBe(200);
  });

  it('lets the browser that signed out sign in again, as a new session', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const old = gw.cookieHeader();
    await signOut();
    // A stale cookie in the browser does not stop a new sign-in.
    gw.jar.clear();
    for (const pair of old.split('; ')) {
      const eq = pair.indexOf('=');
      gw.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const callback = await gw.signIn('/customer-sessions');
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/customer-sessions');
    expect((await gw.request({ url: '/auth/me' })).statusCode).toBe(200);
    expect((await withCookie(old, { url: '/auth/me' })).statusCode).toBe(401);
  });

  it('refuses a signed-in cookie without a session id (sealed before ids existed)', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const me = await gw.request({ url: '/auth/me' });
    expect(me.statusCode).toBe(200);
    const app = gw.app as unknown as {
      createSecureSession(data: Record<string, unknown>): unknown;
      encodeSecureSession(session: unknown): string;
    };
    const legacy = app.encodeSecureSession(
      app.createSecureSession({
        auth: {
          accessToken: [...upstream.validTokens].at(-1),
          refreshToken: 'rt-legacy',
          expiresAt: Date.now() + 3_600_000,
          scope: ['sms-session-manager.view'],
          username: 'noc',
        },
      }),
    );
    const cookie = `console-session=${encodeURIComponent(legacy)}`;
    expect((await withCookie(cookie, { url: '/auth/me' })).statusCode).toBe(401);
    expect((await withCookie(cookie, { url: '/api/sess-manager' })).statusCode).toBe(401);
  });

  it('lists the signed-out id for the cookie lifetime, through the revocation interface', async () => {
    const revoked: { id: string; until: number }[] = [];
    const list: SessionRevocations = {
      revoke: async (id, until) => {
        revoked.push({ id, until });
      },
      isRevoked: async (id) => revoked.some((r) => r.id === id),
    };
    const t = 1_900_000_000_000;
    gw = await startGateway(testConfig(upstream.url), () => t, { revocations: list });
    await gw.signIn();
    const copy = gw.cookieHeader();
    await signOut();
    expect(revoked).toHaveLength(1);
    expect(revoked[0]!.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // At least the cookie's 12 hours from the sign-out, not much more.
    expect(revoked[0]!.until - t).toBeGreaterThanOrEqual(12 * 3600_000);
    expect(revoked[0]!.until - t).toBeLessThanOrEqual(12 * 3600_000 + 5 * 60_000);
    // An asynchronous list (as a shared store would be) is waited for on every request.
    expect((await withCookie(copy, { url: '/auth/me' })).statusCode).toBe(401);
  });
});
