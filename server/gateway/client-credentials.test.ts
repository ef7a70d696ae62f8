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
});

const ccEnv = { AUTH_MODE: 'client_credentials', OAUTH_REDIRECT_URL: '' };

describe('AUTH_MODE=client_credentials', () => {
  it('acts as the service account for every visitor, with one cached token', async () => {
    gw = await startGateway(testConfig(upstream.url, ccEnv));
    const before = upstream.tokenCalls.length;
    const me = await gw.request({ url: '/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { name: 'test-client', id: 'test-client' },
      authMode: 'client_credentials',
    });
    expect(me.json().privileges).toContain('sms-session-manager.view');
    gw.jar.clear(); // another visitor
    for (let i = 0; i < 3; i++) {
      expect((await gw.request({ url: '/api/sess-manager' })).statusCode).toBe(200);
    }
    const calls = upstream.tokenCalls.slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      grant_type: 'client_credentials',
      client_id: 'test-client',
      client_secret: 'test-secret',
    });
  });

  it('renews the token before expiry and after a 401', async () => {
    upstream.setTtl(30);
    gw = await startGateway(testConfig(upstream.url, ccEnv));
    const before = upstream.tokenCalls.length;
    await gw.request({ url: '/api/sess-manager' });
    await gw.request({ url: '/api/sess-manager' });
    expect(upstream.tokenCalls.length - before).toBe(2);
    upstream.setTtl(3600);
    await gw.request({ url: '/api/sess-manager' });
    upstream.validTokens.clear();
    const retried = await gw.request({ url: '/api/sess-manager' });
    expect(retried.statusCode).toBe(200);
    expect(upstream.tokenCalls.length - before).toBe(4);
  });

  it('redirects /auth/login straight to returnTo', async () => {
    gw = await startGateway(testConfig(upstream.url, ccEnv));
    const login = await gw.request({ url: '/auth/login?returnTo=%2Fsupplier-sessions' });
    expect(login.statusCode).toBe(302);
    expect(login.headers.location).toBe('/supplier-sessions');
    const evil = await gw.request({ url: '/auth/login?returnTo=%2F%2Fevil.example' });
    expect(evil.headers.location).toBe('/');
  });

  it('still requires the CSRF token for PUT, and audits as the client', async () => {
    gw = await startGateway(testConfig(upstream.url, ccEnv));
    const refused = await gw.request({
      method: 'PUT',
      url: '/api/supplier-gates/restart',
      payload: { cName: 'gate-1' },
    });
    expect(refused.statusCode).toBe(403);
    const token = await gw.csrf();
    const ok = await gw.request({
      method: 'PUT',
      url: '/api/supplier-gates/restart',
      payload: { cName: 'gate-1' },
      headers: { 'x-csrf-token': token },
    });
    expect(ok.statusCode).toBe(201);
    const last = JSON.parse(gw.audit.at(-1) ?? '{}');
    expect(last).toMatchObject({
      user: 'test-client',
      authMode: 'client_credentials',
      action: 'restart',
      target: { cName: 'gate-1' },
      result: 'ok',
    });
  });
});
