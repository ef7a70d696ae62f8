import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './testing/fake-upstream';
import { startGateway, testConfig, type TestGateway } from './testing/gateway-harness';

let upstream: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  gw = await startGateway(testConfig(upstream.url));
});
afterAll(async () => {
  await gw.app.close();
  await upstream.close();
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('security headers', () => {
  it.each(['/', '/healthz', '/api/sess-manager', '/assets/index-abc123.js', '/nope'])(
    'are strict on %s',
    async (url) => {
      const response = await gw.request({ url, headers: html });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain(`form-action 'self' ${upstream.url}`);
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-powered-by']).toBeUndefined();
      // plain http: no HSTS
      expect(response.headers['strict-transport-security']).toBeUndefined();
    },
  );

  it('are the same complete set on every kind of answer', async () => {
    const expected = {
      'content-security-policy': `default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;connect-src 'self';worker-src 'self';manifest-src 'self';object-src 'none';base-uri 'none';form-action 'self' ${upstream.url};frame-ancestors 'none'`,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'DENY',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
      'permissions-policy':
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=()',
    };
    for (const [method, url] of [
      ['GET', '/'],
      ['GET', '/healthz'],
      ['GET', '/api/sess-manager'],
      ['PUT', '/api/customer-connections/stop'],
      ['GET', '/assets/index-abc123.js'],
      ['GET', '/nope'],
      ['GET', '/auth/me'],
    ] as const) {
      const response = await gw.request({ method, url, headers: html });
      const picked = Object.fromEntries(
        Object.keys(expected).map((name) => [name, response.headers[name]]),
      );
      expect(picked, `${method} ${url}`).toEqual(expected);
    }
  });

  it('lets FRAME_ANCESTORS allow a wall-screen frame', async () => {
    const framed = await startGateway(
      testConfig(upstream.url, { FRAME_ANCESTORS: "'self' https://wall.example.com" }),
    );
    const response = await framed.request({ url: '/', headers: html });
    expect(response.headers['content-security-policy']).toContain(
      "frame-ancestors 'self' https://wall.example.com",
    );
    expect(response.headers['x-frame-options']).toBeUndefined();
    await framed.app.close();
  });

  it('answers health and readiness', async () => {
    expect((await gw.request({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await gw.request({ url: '/readyz' })).statusCode).toBe(200);
    const down = await startGateway(testConfig('http://127.0.0.1:9'));
    const response = await down.request({ url: '/readyz' });
    expect(response.statusCode).toBe(503);
    await down.app.close();
  });
});

describe('static files', () => {
  it('serves hashed assets as immutable', async () => {
    const response = await gw.request({ url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toContain('console.log');
  });

  it('serves the pre-compressed copy to a client that takes it, cached as the file', async () => {
    const asset = await gw.request({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe('console.log("app");');

    const page = await gw.request({
      url: '/customer-sessions',
      headers: { ...html, 'accept-encoding': 'br' },
    });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('serves index.html uncached for / and for client routes', async () => {
    for (const url of ['/', '/customer-sessions?q=acme', '/customer-sessions/by-auth/acme']) {
      const response = await gw.request({ url, headers: html });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('does not answer non-HTML requests, API and asset misses with index.html', async () => {
    for (const [url, headers] of [
      ['/customer-sessions', { accept: 'application/json' }],
      ['/assets/missing.js', html],
      ['/api', html],
      ['/auth/unknown', html],
      ['/_simulator/faults', html],
    ] as const) {
      const response = await gw.request({ url, headers });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
  });

  it.each([
    '/assets/../../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/%252e%252e/package.json',
    '/..%5c..%5cpackage.json',
    '/assets/..\\..\\package.json',
    '/.env',
    '/assets/',
    '/assets',
  ])('does not serve %s', async (url) => {
    const response = await gw.request({ url });
    expect([400, 403, 404]).toContain(response.statusCode);
    expect(response.body).not.toContain('"name"');
    expect(response.body).not.toContain('SECRET=');
    expect(response.body).not.toContain('index-abc123.js');
  });
});
