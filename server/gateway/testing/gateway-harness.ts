// Builds a gateway against a fake upstream for tests, with a cookie jar and a sign-in helper.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildGateway, type GatewayOptions } from '../app';
import { loadGatewayConfig, type GatewayConfig } from '../config';

export const SECRET = 'test-session-secret-0123456789abcdef0123456789';

export function makeStaticDir(): string {
  // Inside the run's directory, which the global setup removes (temp-dir-setup.ts).
  const dir = mkdtempSync(join(inject('testTempDir'), 'gateway-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>console</title><div id="root"></div>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app");');
  // Pre-compressed copies, as the build writes them.
  writeFileSync(
    join(dir, 'assets', 'index-abc123.js.br'),
    brotliCompressSync('console.log("app");'),
  );
  writeFileSync(
    join(dir, 'index.html.br'),
    brotliCompressSync('<!doctype html><title>console</title><div id="root"></div>'),
  );
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  return dir;
}

export function testConfig(upstreamUrl: string, env: Record<string, string> = {}): GatewayConfig {
  const result = loadGatewayConfig({
    HORISEN_API_URL: upstreamUrl,
    OAUTH_CLIENT_ID: 'test-client',
    OAUTH_CLIENT_SECRET: 'test-secret',
    OAUTH_REDIRECT_URL: 'http://127.0.0.1:8080/auth/callback',
    SESSION_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    STATIC_DIR: makeStaticDir(),
    ...env,
  });
  if (!result.ok) throw new Error(result.message);
  return result.config;
}

export interface TestGateway {
  app: FastifyInstance;
  audit: string[];
  jar: Map<string, string>;
  cookieHeader(): string;
  request(opts: {
    method?: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE' | 'OPTIONS';
    url: string;
    headers?: Record<string, string>;
    payload?: string | object;
  }): Promise<LightMyRequestResponse>;
  signIn(returnTo?: string): Promise<LightMyRequestResponse>;
  csrf(): Promise<string>;
}

export async function startGateway(
  config: GatewayConfig,
  now?: () => number,
  options: Pick<GatewayOptions, 'firstScreenRenderer' | 'revocations'> = {},
): Promise<TestGateway> {
  const audit: string[] = [];
  const { app } = buildGateway(config, { auditSink: (line) => audit.push(line), now, ...options });
  await app.ready();
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

  const request: TestGateway['request'] = async ({
    method = 'GET',
    url,
    headers = {},
    payload,
  }) => {
    const response = await app.inject({
      method,
      url,
      headers: { ...(jar.size ? { cookie: cookieHeader() } : {}), ...headers },
      ...(payload !== undefined ? { payload } : {}),
    });
    // Raw Set-Cookie values (still percent-encoded), as a browser would send them back.
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };

  const signIn = async (returnTo = '/') => {
    const login = await request({ url: `/auth/login?returnTo=${encodeURIComponent(returnTo)}` });
    const location = new URL(login.headers.location as string);
    const state = location.searchParams.get('state') ?? '';
    return request({ url: `/auth/callback?code=good-code&state=${encodeURIComponent(state)}` });
  };

  const csrf = async () => {
    const me = await request({ url: '/auth/me' });
    return (me.json() as { csrfToken: string }).csrfToken;
  };

  return { app, audit, jar, cookieHeader, request, signIn, csrf };
}
