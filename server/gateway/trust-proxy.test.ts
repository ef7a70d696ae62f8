// Behind a TLS-terminating proxy, every documented form of TRUST_PROXY makes the session cookie
// Secure and sends HSTS when the proxy says https; a peer that is not a trusted proxy cannot.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { loadGatewayConfig } from './config';
import { startFakeUpstream, type FakeUpstream } from './testing/fake-upstream';
import { startGateway, testConfig, type TestGateway } from './testing/gateway-harness';
import { parseTrustProxy } from './trust-proxy';

let upstream: FakeUpstream;
let gw: TestGateway | undefined;

beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(async () => {
  await upstream.close();
});
afterEach(async () => {
  await gw?.app.close();
  gw = undefined;
});

async function gatewayTrusting(value: string | undefined) {
  gw = await startGateway(
    testConfig(upstream.url, value === undefined ? {} : { TRUST_PROXY: value }),
  );
  return gw;
}

function login(from: string, proto: string | undefined): Promise<LightMyRequestResponse> {
  return gw!.app.inject({
    url: '/auth/login',
    remoteAddress: from,
    headers: {
      ...(proto ? { 'x-forwarded-proto': proto } : {}),
      'x-forwarded-for': '198.51.100.20',
    },
  });
}

function expectHttps(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(302);
  expect(String(response.headers['set-cookie'])).toMatch(/;\s*Secure/i);
  expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
}

function expectPlainHttp(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(302);
  expect(String(response.headers['set-cookie'])).not.toMatch(/Secure/i);
  expect(response.headers['strict-transport-security']).toBeUndefined();
}

describe('TRUST_PROXY behind a TLS proxy', () => {
  it.each([
    // [TRUST_PROXY, the proxy's address]
    ['true', '10.1.2.3'],
    ['1', '10.1.2.3'],
    ['2', '192.0.2.44'],
    ['10.1.2.3', '10.1.2.3'],
    ['10.0.0.0/8', '10.1.2.3'],
    ['192.0.2.0/24, 10.0.0.0/8', '10.1.2.3'],
    ['::1', '::1'],
    ['fd00::/8', 'fd00::17'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['loopback', '127.0.0.1'],
    ['uniquelocal', '172.16.5.5'],
    ['linklocal', '169.254.1.1'],
  ])(
    'TRUST_PROXY=%s: https from the proxy at %s → Secure cookie and HSTS',
    async (value, proxy) => {
      await gatewayTrusting(value);
      expectHttps(await login(proxy, 'https'));
      // The proxy's own http is believed too.
      expectPlainHttp(await login(proxy, 'http'));
    },
  );

  it.each([
    ['10.0.0.0/8', '203.0.113.9'],
    ['10.1.2.3', '10.1.2.4'],
    ['::1', '127.0.0.1'],
    ['loopback', '10.1.2.3'],
    ['uniquelocal', '203.0.113.9'],
  ])(
    'TRUST_PROXY=%s: a claim of https from %s (not a listed proxy) is ignored',
    async (value, peer) => {
      await gatewayTrusting(value);
      expectPlainHttp(await login(peer, 'https'));
    },
  );

  it.each([undefined, 'false', '0'])('TRUST_PROXY=%s trusts no peer', async (value) => {
    await gatewayTrusting(value);
    expectPlainHttp(await login('127.0.0.1', 'https'));
  });

  it('with a hop count, clients behind one proxy are rate-limited each on its own', async () => {
    gw = await startGateway(testConfig(upstream.url, { TRUST_PROXY: '1', SIGNIN_RATE_LIMIT: '1' }));
    const from = (client: string) =>
      gw!.app.inject({
        url: '/auth/login',
        remoteAddress: '10.1.2.3',
        headers: { 'x-forwarded-for': client },
      });
    expect((await from('198.51.100.1')).statusCode).toBe(302);
    expect((await from('198.51.100.2')).statusCode).toBe(302);
    expect((await from('198.51.100.1')).statusCode).toBe(429);
  });
});

describe('TRUST_PROXY values that cannot be honoured', () => {
  const base = {
    HORISEN_API_URL: 'https://api.horisen.pro',
    OAUTH_CLIENT_ID: 'console',
    OAUTH_CLIENT_SECRET: 'very-secret',
    OAUTH_REDIRECT_URL: 'https://console.example.com/auth/callback',
    SESSION_SECRET: 's'.repeat(40),
  };

  it.each([
    'maybe',
    'TRUE',
    'yes',
    '100',
    '-1',
    '1.5',
    '10.0.0.0/33',
    '10.0.0.0/0',
    '::1/129',
    '10.0.0.0/8/8',
    '10.0.0.0/abc',
    '1.2.3',
    '999.1.1.1',
    '10.0.0.01',
    '0x0a.0.0.1',
    ':::1',
    'fe80::1%eth0',
    '10.0.0.1,',
    '10.0.0.1,,10.0.0.2',
    'loopbak',
    'proxy.example.com',
    '10.0.0.1 10.0.0.2',
  ])('TRUST_PROXY=%j stops start-up with one line', (value) => {
    expect(parseTrustProxy(value)).toBeNull();
    const result = loadGatewayConfig({ ...base, TRUST_PROXY: value });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message.startsWith('Configuration error: TRUST_PROXY must be')).toBe(true);
    expect(message).toContain(JSON.stringify(value));
    expect(message).not.toContain('\n');
  });

  it.each([
    ['true', true],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['99', 99],
    ['10.0.0.0/8, 192.0.2.1', ['10.0.0.0/8', '192.0.2.1']],
    ['::1,fd00::/8', ['::1', 'fd00::/8']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
  ])('TRUST_PROXY=%j is read as %j', (value, expected) => {
    const result = loadGatewayConfig({ ...base, TRUST_PROXY: value });
    if (!result.ok) throw new Error(result.message);
    expect(result.config.trustProxy).toEqual(expected);
  });
});
