import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './testing/fake-upstream';
import { startGateway, testConfig, type TestGateway } from './testing/gateway-harness';

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
  upstream.setUsername('noc');
});

describe('sign-in (authorization code grant)', () => {
  it('redirects to the authorize endpoint with state and PKCE S256, and sends the verifier', async () => {
    gw = await startGateway(testConfig(upstream.url));
    const login = await gw.request({ url: '/auth/login?returnTo=%2Fcustomer-sessions%3Fq%3Dacme' });
    expect(login.statusCode).toBe(302);
    const location = new URL(login.headers.location as string);
    expect(location.origin + location.pathname).toBe(`${upstream.url}/oauth2/authorize`);
    const params = location.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe('test-client');
    expect(params.get('redirect_uri')).toBe('http://127.0.0.1:8080/auth/callback');
    expect(params.get('code_challenge_method')).toBe('S256');
    const state = params.get('state') ?? '';
    expect(state.length).toBeGreaterThanOrEqual(32);
    const challenge = params.get('code_challenge') ?? '';
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // the pending sign-in is sealed in the cookie, not readable
    expect(login.headers['set-cookie']).toBeDefined();
    expect(String(login.headers['set-cookie'])).not.toContain(state);

    const callback = await gw.request({ url: `/auth/callback?code=good-code&state=${state}` });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/customer-sessions?q=acme');
    const exchange = upstream.tokenCalls.at(-1);
    expect(exchange).toMatchObject({
      grant_type: 'authorization_code',
      code: 'good-code',
      client_id: 'test-client',
      client_secret: 'test-secret',
      redirect_uri: 'http://127.0.0.1:8080/auth/callback',
    });
    const verifier = exchange?.code_verifier ?? '';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(challenge);

    const me = await gw.request({ url: '/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const body = me.json();
    expect(body).toMatchObject({
      user: { name: 'noc', id: 'noc' },
      authMode: 'authorization_code',
    });
    expect(body.privileges).toContain('customer-connection-session-manager.manage');
    expect(typeof body.csrfToken).toBe('string');
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('uses the client id as the user name when the token has no username', async () => {
    upstream.setUsername(null);
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const me = await gw.request({ url: '/auth/me' });
    expect(me.json().user).toEqual({ name: 'test-client', id: 'test-client' });
  });

  it('sets an httpOnly, SameSite=Lax, Path=/ cookie, Secure only under https', async () => {
    gw = await startGateway(testConfig(upstream.url));
    const login = await gw.request({ url: '/auth/login' });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    await gw.app.close();

    gw = await startGateway(
      testConfig(upstream.url, { OAUTH_REDIRECT_URL: 'https://console.example.com/auth/callback' }),
    );
    const secure = await gw.request({ url: '/auth/login' });
    const secureCookie = String(secure.headers['set-cookie']);
    expect(secureCookie).toMatch(/^__Host-/);
    expect(secureCookie).toMatch(/Secure/);
    expect(secureCookie).toMatch(/HttpOnly/i);
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('marks the cookie Secure behind a trusted TLS proxy', async () => {
    gw = await startGateway(testConfig(upstream.url, { TRUST_PROXY: 'true' }));
    const login = await gw.request({
      url: '/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(String(login.headers['set-cookie'])).toMatch(/Secure/);
    expect(login.headers['strict-transport-security']).toBeDefined();
    const plain = await gw.request({ url: '/auth/login' });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('rejects a callback whose state does not match', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.request({ url: '/auth/login' });
    const calls = upstream.tokenCalls.length;
    const wrong = await gw.request({ url: '/auth/callback?code=good-code&state=forged' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('OAUTH_STATE_INVALID');
    const missing = await gw.request({ url: '/auth/callback?code=good-code' });
    expect(missing.statusCode).toBe(400);
    expect(upstream.tokenCalls.length).toBe(calls);
    expect((await gw.request({ url: '/auth/me' })).statusCode).toBe(401);
  });

  it('rejects a state replayed from another browser (no pending sign-in in its cookie)', async () => {
    gw = await startGateway(testConfig(upstream.url));
    const login = await gw.request({ url: '/auth/login' });
    const state = new URL(login.headers.location as string).searchParams.get('state');
    gw.jar.clear();
    const replay = await gw.request({ url: `/auth/callback?code=good-code&state=${state}` });
    expect(replay.statusCode).toBe(400);
  });

  it.each([
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/\t/evil.example', '/'],
    ['/%0d%0aSet-Cookie:x=1', '/%0d%0aSet-Cookie:x=1'],
    ['/supplier-sessions?owner=7#top', '/supplier-sessions?owner=7#top'],
  ])('returnTo %j ends on %j', async (returnTo, expected) => {
    gw = await startGateway(testConfig(upstream.url));
    const callback = await gw.signIn(returnTo);
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe(expected);
  });

  it('reports a refused code as a failed sign-in', async () => {
    gw = await startGateway(testConfig(upstream.url));
    const login = await gw.request({ url: '/auth/login' });
    const state = new URL(login.headers.location as string).searchParams.get('state');
    const callback = await gw.request({
      url: `/auth/callback?code=bad-code&state=${state}`,
      headers: { accept: 'text/html' },
    });
    expect(callback.statusCode).toBe(401);
    expect(callback.headers['content-type']).toContain('text/html');
    expect(callback.body).toContain('Back to the console');
  });

  it('signs out with a CSRF token, and refuses without one', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const token = await gw.csrf();
    const refused = await gw.request({ method: 'POST', url: '/auth/logout' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CSRF_TOKEN_INVALID');
    const out = await gw.request({
      method: 'POST',
      url: '/auth/logout',
      headers: { 'x-csrf-token': token },
    });
    expect(out.statusCode).toBe(204);
    const me = await gw.request({ url: '/auth/me' });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('rate-limits the sign-in routes per client', async () => {
    gw = await startGateway(testConfig(upstream.url, { SIGNIN_RATE_LIMIT: '3' }));
    for (let i = 0; i < 3; i++) {
      expect((await gw.request({ url: '/auth/login' })).statusCode).toBe(302);
    }
    const limited = await gw.request({ url: '/auth/login' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    // other routes are not limited
    expect((await gw.request({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('keeps sessions across gateway instances with the same secret, and rotates keys', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const cookie = gw.cookieHeader();
    await gw.app.close();
    const rotated = await startGateway(
      testConfig(upstream.url, {
        SESSION_SECRET: `a-brand-new-secret-for-rotation-0123456789,${'test-session-secret-0123456789abcdef0123456789'}`,
      }),
    );
    const me = await rotated.app.inject({ url: '/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    // re-sealed with the new key
    expect(me.headers['set-cookie']).toBeDefined();
    await rotated.app.close();
    const other = await startGateway(
      testConfig(upstream.url, { SESSION_SECRET: 'a-completely-different-secret-0123456789' }),
    );
    expect((await other.app.inject({ url: '/auth/me', headers: { cookie } })).statusCode).toBe(401);
    gw = other;
  });
});
