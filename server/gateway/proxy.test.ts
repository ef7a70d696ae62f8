import { createServer } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { upstreamSubPath } from './proxy-routes';
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
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('proxy /api/*', () => {
  it('answers 401 without a session', async () => {
    gw = await startGateway(testConfig(upstream.url));
    const response = await gw.request({ url: '/api/sess-manager' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('forwards with the bearer token, the query untouched, and no cookies either way', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const token = await gw.csrf();
    const query = '?eq(accountName)=ACME%20Ltd&sort=-loginTime,sessionID&paging=1,25&q=a%2Cb';
    const response = await gw.request({
      url: `/api/sess-manager${query}`,
      headers: { 'x-csrf-token': token, 'x-forwarded-for': '203.0.113.9' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().url).toBe(`/bulk/sms-session-manager/v1/sess-manager${query}`);
    const sent = upstream.apiCalls.at(-1);
    expect(sent?.headers.authorization).toMatch(/^Bearer at-\d+$/);
    expect(sent?.headers.cookie).toBeUndefined();
    expect(sent?.headers['x-csrf-token']).toBeUndefined();
    expect(sent?.headers['x-forwarded-for']).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['x-upstream-secret']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sets no cookie on reads once signed in', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    await gw.csrf();
    for (const [method, url] of [
      ['GET', '/api/sess-manager'],
      ['HEAD', '/api/sess-manager'],
      ['GET', '/auth/me'],
      ['GET', '/api/sess-manager?page=2'],
    ] as const) {
      const response = await gw.request({ method, url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['set-cookie'], `${method} ${url}`).toBeUndefined();
    }
  });

  it('compresses big answers the browser accepts compressed, not a page of sessions', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const gzip = { 'accept-encoding': 'gzip' };
    const small = await gw.request({ url: '/api/page', headers: gzip });
    expect(small.statusCode).toBe(200);
    expect(small.rawPayload.length).toBeGreaterThan(4096);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().data).toHaveLength(10);
    const big = await gw.request({ url: '/api/big', headers: gzip });
    expect(big.statusCode).toBe(200);
    expect(big.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(gunzipSync(big.rawPayload).toString()) as { data: unknown[] };
    expect(body.data).toHaveLength(500);
    const plain = await gw.request({ url: '/api/big' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().data).toHaveLength(500);
  });

  it.each([
    ['/api/sess-manager?x=/../y', '/sess-manager'],
    ['/api/customer-sessions/by-auth/acme%20ltd', '/customer-sessions/by-auth/acme%20ltd'],
    ['/api/a/.b/..c', '/a/.b/..c'],
    ['/api/../x', null],
    ['/api/a/./b', null],
    ['/api/a/..', null],
    ['/api/a/%2e%2E/b', null],
    ['/api/a%2F%2Fb', null],
    ['/api//a', null],
    ['/api/a%5Cb', null],
    ['/api/a%00b', null],
    ['/api/a%0ab', null],
    ['/api/a%zz', null],
    ['/api/', null],
    ['/apix/a', null],
  ])('checks the upstream path of %s', (url, expected) => {
    expect(upstreamSubPath(url)).toBe(expected);
  });

  it('answers HEAD and refuses methods the API does not have', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const token = await gw.csrf();
    expect((await gw.request({ method: 'HEAD', url: '/api/sess-manager' })).statusCode).toBe(200);
    for (const method of ['POST', 'DELETE', 'PATCH'] as const) {
      const response = await gw.request({
        method,
        url: '/api/sess-manager',
        headers: { 'x-csrf-token': token },
      });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, PUT');
    }
  });

  it('requires the CSRF header on PUT, then forwards the body and writes an audit line', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const token = await gw.csrf();
    const calls = upstream.apiCalls.length;
    const body = { authName: 'acme_smpp' };
    const refused = await gw.request({
      method: 'PUT',
      url: '/api/customer-connections/stop',
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    const forged = await gw.request({
      method: 'PUT',
      url: '/api/customer-connections/stop',
      payload: body,
      headers: { 'x-csrf-token': 'forged-token' },
    });
    expect(forged.statusCode).toBe(403);
    expect(upstream.apiCalls.length).toBe(calls);

    const ok = await gw.request({
      method: 'PUT',
      url: '/api/customer-connections/stop',
      payload: body,
      headers: { 'x-csrf-token': token },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual(body);
    expect(upstream.apiCalls.at(-1)?.body).toBe(JSON.stringify(body));

    const lines = gw.audit.map((line) => JSON.parse(line));
    expect(gw.audit.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(
      true,
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      type: 'audit',
      user: 'noc',
      authMode: 'authorization_code',
      action: 'stop',
      target: { authName: 'acme_smpp' },
      upstreamStatus: null,
      result: 'error',
      errorCode: 'CSRF_TOKEN_INVALID',
    });
    expect(lines[2]).toMatchObject({
      type: 'audit',
      user: 'noc',
      action: 'stop',
      target: { authName: 'acme_smpp' },
      upstreamStatus: 201,
      result: 'ok',
    });
    expect(lines[2].errorCode).toBeUndefined();
    expect(typeof lines[2].durationMs).toBe('number');
    expect(new Date(lines[2].at).toISOString()).toBe(lines[2].at);
  });

  it('audits supplier gate restarts and upstream refusals with their error code', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const token = await gw.csrf();
    const restart = await gw.request({
      method: 'PUT',
      url: '/api/supplier-gates/restart',
      payload: { cName: 'gate-7' },
      headers: { 'x-csrf-token': token },
    });
    expect(restart.statusCode).toBe(201);
    const odd = await gw.request({
      method: 'PUT',
      url: '/api/customer-connections/pause',
      payload: { authName: 'acme' },
      headers: { 'x-csrf-token': token },
    });
    expect(odd.statusCode).toBe(400);
    expect(odd.json().code).toBe('SESSION_MANAGER_ACTION_NOT_SUPPORTED');
    const [first, second] = gw.audit.map((line) => JSON.parse(line));
    expect(first).toMatchObject({
      action: 'restart',
      target: { cName: 'gate-7' },
      upstreamStatus: 201,
      result: 'ok',
    });
    expect(second).toMatchObject({
      action: 'pause',
      target: { authName: 'acme' },
      upstreamStatus: 400,
      result: 'error',
      errorCode: 'SESSION_MANAGER_ACTION_NOT_SUPPORTED',
    });
  });

  it('refuses bodies over the limit with 413', async () => {
    gw = await startGateway(testConfig(upstream.url, { API_BODY_LIMIT: '64' }));
    await gw.signIn();
    const token = await gw.csrf();
    const response = await gw.request({
      method: 'PUT',
      url: '/api/customer-connections/stop',
      payload: { authName: 'x'.repeat(200) },
      headers: { 'x-csrf-token': token },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refreshes the token when it expires within a minute', async () => {
    upstream.setTtl(30);
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    upstream.setTtl(3600);
    const before = upstream.tokenCalls.length;
    const response = await gw.request({ url: '/api/sess-manager' });
    expect(response.statusCode).toBe(200);
    const refresh = upstream.tokenCalls.slice(before);
    expect(refresh).toHaveLength(1);
    expect(refresh[0]).toMatchObject({ grant_type: 'refresh_token', client_secret: 'test-secret' });
    // the new token is kept in the cookie: no second refresh
    await gw.request({ url: '/api/sess-manager' });
    expect(upstream.tokenCalls.length).toBe(before + 1);
    const tokens = upstream.apiCalls.slice(-2).map((c) => c.headers.authorization);
    expect(tokens[0]).toBe(tokens[1]);
  });

  it('refreshes once after an upstream 401 and retries once', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    upstream.validTokens.clear();
    const before = upstream.tokenCalls.length;
    const response = await gw.request({ url: '/api/sess-manager' });
    expect(response.statusCode).toBe(200);
    expect(upstream.tokenCalls.slice(before).map((c) => c.grant_type)).toEqual(['refresh_token']);

    // still refused after the refresh: 401 to the SPA, no loop
    const issued = new Set(upstream.validTokens);
    const originalAdd = upstream.validTokens.add.bind(upstream.validTokens);
    upstream.validTokens.clear();
    upstream.validTokens.add = (_value: string) => upstream.validTokens; // tokens issued now are never valid
    try {
      const calls = upstream.apiCalls.length;
      const tokenCalls = upstream.tokenCalls.length;
      const refused = await gw.request({ url: '/api/sess-manager' });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe('UNAUTHENTICATED');
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
      expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(upstream.tokenCalls.length - tokenCalls).toBe(1);
      expect(upstream.apiCalls.length).toBe(calls); // rejected in onRequest, not recorded
    } finally {
      upstream.validTokens.add = originalAdd;
      issued.forEach((t) => upstream.validTokens.add(t));
    }
    // the session is gone
    expect((await gw.request({ url: '/auth/me' })).statusCode).toBe(401);
  });

  it('answers 504 when the upstream is too slow', async () => {
    gw = await startGateway(testConfig(upstream.url, { UPSTREAM_TIMEOUT_MS: '300' }));
    await gw.signIn();
    const response = await gw.request({ url: '/api/slow' });
    expect(response.statusCode).toBe(504);
    expect(response.json()).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
  });

  it('passes 5xx statuses and bodies through', async () => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const response = await gw.request({ url: '/api/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      Code: 'SESSION_MANAGER_REDIS_NOT_FOUND',
      Message: 'Redis is gone',
    });
  });

  it('answers 502 when the upstream refuses connections', async () => {
    const config = testConfig(upstream.url);
    gw = await startGateway(config);
    await gw.signIn();
    await gw.app.close();
    const port = await closedPort();
    gw = await startGateway({ ...config, apiOrigin: `http://127.0.0.1:${port}` });
    await gw.signIn();
    const response = await gw.request({ url: '/api/sess-manager' });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'UPSTREAM_UNREACHABLE' });
  });

  it.each([
    '/_simulator/faults',
    '/api/../_simulator/faults',
    '/api/%2e%2e/%2e%2e/%2e%2e/_simulator/faults',
    '/api/..%2f..%2f..%2f_simulator/faults',
    '/api/%2E%2E%5C_simulator/faults',
    '/api//_simulator/faults',
  ])('never reaches the simulator control routes: %s', async (url) => {
    gw = await startGateway(testConfig(upstream.url));
    await gw.signIn();
    const response = await gw.request({ url, headers: { accept: 'application/json' } });
    expect([400, 404]).toContain(response.statusCode);
    expect(response.body).not.toContain('simulator-control');
  });
});
