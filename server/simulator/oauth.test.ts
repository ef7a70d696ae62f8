import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from './app';
import { API_PREFIX, FORM, bearer, clientToken, startSimulator } from './test-helpers';

const REDIRECT = 'http://127.0.0.1:8080/auth/callback';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ redirectUris: ['http://127.0.0.1:9999/cb'] });
});
afterAll(() => sim.app.close());

const tokenRequest = (form: Record<string, string>, headers: Record<string, string> = {}) =>
  sim.app.inject({
    method: 'POST',
    url: '/oauth2/access-token',
    headers: { ...FORM, ...headers },
    payload: new URLSearchParams(form).toString(),
  });

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function signIn(
  opts: {
    username?: string;
    challenge?: string;
    clientId?: string;
    redirect?: string;
    scope?: string;
  } = {},
) {
  const form: Record<string, string> = {
    response_type: 'code',
    client_id: opts.clientId ?? 'noc-demo',
    redirect_uri: opts.redirect ?? REDIRECT,
    state: 'st-1',
    username: opts.username ?? 'noc',
    password: 'demo',
  };
  if (opts.scope) form.scope = opts.scope;
  if (opts.challenge)
    Object.assign(form, { code_challenge: opts.challenge, code_challenge_method: 'S256' });
  const res = await sim.app.inject({
    method: 'POST',
    url: '/oauth2/authorize',
    headers: FORM,
    payload: new URLSearchParams(form).toString(),
  });
  expect(res.statusCode).toBe(302);
  const location = new URL(String(res.headers.location));
  expect(location.searchParams.get('state')).toBe('st-1');
  return location.searchParams.get('code') as string;
}

describe('client_credentials', () => {
  it('issues a bearer token with the client privileges as scope (body or Basic credentials)', async () => {
    const res = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'viewer-demo',
      client_secret: 'viewer-demo-secret',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'sms-session-manager.view sms-supplier-session-manager.view',
    });
    expect(body.refresh_token).toBeUndefined();
    const basic = Buffer.from('noc-demo:noc-demo-secret').toString('base64');
    const viaBasic = await tokenRequest(
      { grant_type: 'client_credentials' },
      { authorization: `Basic ${basic}` },
    );
    expect(viaBasic.statusCode).toBe(200);
    expect(viaBasic.json().scope.split(' ')).toHaveLength(4);
  });

  it('rejects a bad client with 401 invalid_client and bad requests with 400', async () => {
    const bad = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'noc-demo',
      client_secret: 'nope',
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toMatchObject({ error: 'invalid_client' });
    const basic = await tokenRequest(
      { grant_type: 'client_credentials' },
      { authorization: `Basic ${Buffer.from('x:y').toString('base64')}` },
    );
    expect(basic.statusCode).toBe(401);
    expect(basic.headers['www-authenticate']).toContain('Basic');
    const grant = await tokenRequest({
      grant_type: 'password',
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const scope = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'viewer-demo',
      client_secret: 'viewer-demo-secret',
      scope: 'supplier-gate-session-manager.manage',
    });
    expect(scope.statusCode).toBe(400);
    expect(scope.json()).toMatchObject({ error: 'invalid_scope' });
    const json = await sim.app.inject({
      method: 'POST',
      url: '/oauth2/access-token',
      payload: { grant_type: 'client_credentials' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('authorization code with PKCE', () => {
  it('renders an accessible sign-in page with a strict CSP', async () => {
    const res = await sim.app.inject({
      url: `/oauth2/authorize?response_type=code&client_id=noc-demo&redirect_uri=${encodeURIComponent(REDIRECT)}&state=abc`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self' http://127.0.0.1:8080");
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toMatch(/<h1>/);
    expect(res.body).toContain('<label for="username">Username</label>');
    expect(res.body).toContain('<label for="password">Password</label>');
    expect(res.body).toContain('Sign in</button>');
    for (const user of ['noc', 'support', 'manager'])
      expect(res.body).toContain(`<code>${user}</code>`);
    expect(res.body).toContain('value="abc"');
  });

  it('refuses unknown clients and unregistered redirect URIs with a 400 page and no redirect', async () => {
    const unknown = await sim.app.inject({
      url: `/oauth2/authorize?response_type=code&client_id=evil&redirect_uri=${encodeURIComponent(REDIRECT)}`,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers.location).toBeUndefined();
    expect(unknown.body).toContain('Unknown application');
    const redirect = await sim.app.inject({
      url: `/oauth2/authorize?response_type=code&client_id=noc-demo&redirect_uri=${encodeURIComponent('https://evil.example/cb')}`,
    });
    expect(redirect.statusCode).toBe(400);
    expect(redirect.headers.location).toBeUndefined();
    expect(redirect.body).toContain('Unregistered redirect URI');
  });

  it('accepts redirect URIs from SIMULATOR_REDIRECT_URIS', async () => {
    const res = await sim.app.inject({
      url: `/oauth2/authorize?response_type=code&client_id=noc-demo&redirect_uri=${encodeURIComponent('http://127.0.0.1:9999/cb')}`,
    });
    expect(res.statusCode).toBe(200);
  });

  it('shows the form again with an error on a wrong password', async () => {
    const res = await sim.app.inject({
      method: 'POST',
      url: '/oauth2/authorize',
      headers: FORM,
      payload: new URLSearchParams({
        response_type: 'code',
        client_id: 'noc-demo',
        redirect_uri: REDIRECT,
        username: 'noc',
        password: 'wrong',
      }).toString(),
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('Wrong username or password');
  });

  it('exchanges a code once, checks the verifier, and rotates refresh tokens', async () => {
    const { verifier, challenge } = pkce();
    const code = await signIn({ username: 'support', challenge });
    const exchange = (extra: Record<string, string>) =>
      tokenRequest({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        client_id: 'noc-demo',
        client_secret: 'noc-demo-secret',
        ...extra,
      });
    const wrong = await exchange({ code_verifier: pkce().verifier });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'invalid_grant' });

    const code2 = await signIn({ username: 'support', challenge });
    const ok = await tokenRequest({
      grant_type: 'authorization_code',
      code: code2,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(ok.statusCode).toBe(200);
    const body = ok.json();
    expect(body).toMatchObject({
      token_type: 'Bearer',
      username: 'support',
      scope: 'sms-session-manager.view customer-connection-session-manager.manage',
    });
    expect(body.refresh_token).toEqual(expect.any(String));
    const again = await tokenRequest({
      grant_type: 'authorization_code',
      code: code2,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(again.json()).toMatchObject({ error: 'invalid_grant' });

    const refreshed = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json().refresh_token).not.toBe(body.refresh_token);
    expect(refreshed.json().username).toBe('support');
    const reused = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(reused.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('requires the verifier when a challenge was sent, and the same redirect_uri and client', async () => {
    const { challenge } = pkce();
    const code = await signIn({ challenge });
    const noVerifier = await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(noVerifier.json()).toMatchObject({ error: 'invalid_grant' });
    const plain = await signIn();
    const otherRedirect = await tokenRequest({
      grant_type: 'authorization_code',
      code: plain,
      redirect_uri: 'http://localhost:8080/auth/callback',
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(otherRedirect.json()).toMatchObject({ error: 'invalid_grant' });
    const otherClient = await tokenRequest({
      grant_type: 'authorization_code',
      code: await signIn(),
      redirect_uri: REDIRECT,
      client_id: 'viewer-demo',
      client_secret: 'viewer-demo-secret',
    });
    expect(otherClient.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('redirects protocol errors (bad PKCE method) back to the client with state', async () => {
    const res = await sim.app.inject({
      url: `/oauth2/authorize?response_type=code&client_id=noc-demo&redirect_uri=${encodeURIComponent(REDIRECT)}&state=s&code_challenge=abc&code_challenge_method=plain`,
    });
    expect(res.statusCode).toBe(302);
    const location = new URL(String(res.headers.location));
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('s');
  });

  it('gives a user token the intersection of user and client privileges', async () => {
    const code = await signIn({ username: 'noc', clientId: 'viewer-demo' });
    const res = await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: 'viewer-demo',
      client_secret: 'viewer-demo-secret',
    });
    expect(res.json().scope).toBe('sms-session-manager.view sms-supplier-session-manager.view');
  });
});

describe('tokens on the API', () => {
  it('401 without, with a bad or an expired token; 403 without the privilege', async () => {
    const url = `${API_PREFIX}/sess-manager-suppliers`;
    const none = await sim.app.inject({ url });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await sim.app.inject({ url, headers: bearer('garbage') })).statusCode).toBe(401);
    expect(
      (await sim.app.inject({ url, headers: { authorization: 'Basic abc' } })).statusCode,
    ).toBe(401);

    const code = await signIn({ username: 'support' });
    const support = (
      await tokenRequest({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        client_id: 'noc-demo',
        client_secret: 'noc-demo-secret',
      })
    ).json();
    const forbidden = await sim.app.inject({ url, headers: bearer(support.access_token) });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(forbidden.json().message).toContain('sms-supplier-session-manager.view');

    const token = await clientToken(sim);
    expect((await sim.app.inject({ url, headers: bearer(token) })).statusCode).toBe(200);
    await sim.app.inject({
      method: 'PUT',
      url: '/_simulator/faults',
      payload: { expireTokensNow: true },
    });
    const expired = await sim.app.inject({ url, headers: bearer(token) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().message).toContain('expired');
    // Refresh tokens survive expireTokensNow, so a gateway can renew.
    const renewed = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: support.refresh_token,
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(renewed.statusCode).toBe(200);

    // revokeTokensNow ends every grant, refresh tokens included.
    const fresh = renewed.json();
    const revoked = await sim.app.inject({
      method: 'PUT',
      url: '/_simulator/faults',
      payload: { revokeTokensNow: true },
    });
    expect(revoked.json().revokedTokens).toBeGreaterThan(0);
    expect((await sim.app.inject({ url, headers: bearer(fresh.access_token) })).statusCode).toBe(
      401,
    );
    const refused = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: fresh.refresh_token,
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(refused.statusCode).toBe(400);
  });

  it('issues tokens with the configured lifetime', async () => {
    await sim.app.inject({
      method: 'PUT',
      url: '/_simulator/faults',
      payload: { tokenTtlSeconds: 5 },
    });
    const res = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    });
    expect(res.json().expires_in).toBe(5);
    await sim.app.inject({ method: 'POST', url: '/_simulator/reset' });
  });
});
