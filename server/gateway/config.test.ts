import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config';

const base = {
  HORISEN_API_URL: 'https://api.horisen.pro',
  OAUTH_CLIENT_ID: 'console',
  OAUTH_CLIENT_SECRET: 'very-secret',
  OAUTH_REDIRECT_URL: 'https://console.example.com/auth/callback',
  SESSION_SECRET: 's'.repeat(40),
};

function message(env: Record<string, string | undefined>): string {
  const result = loadGatewayConfig(env);
  if (result.ok) throw new Error('expected a configuration error');
  return result.message;
}

describe('loadGatewayConfig', () => {
  it('applies defaults and derives the endpoints', () => {
    const result = loadGatewayConfig(base);
    if (!result.ok) throw new Error(result.message);
    expect(result.config).toMatchObject({
      authMode: 'authorization_code',
      apiOrigin: 'https://api.horisen.pro',
      apiBasePath: '/bulk/sms-session-manager/v1',
      authorizeUrl: 'https://api.horisen.pro/oauth2/authorize',
      tokenUrl: 'https://api.horisen.pro/oauth2/access-token',
      port: 8080,
      host: '127.0.0.1',
      upstreamConnectTimeoutMs: 3000,
      upstreamTimeoutMs: 15000,
      apiBodyLimit: 16384,
      frameAncestors: ["'none'"],
      trustProxy: false,
      httpsOnly: true,
    });
  });

  it('keeps path prefixes and a separate auth server', () => {
    const result = loadGatewayConfig({
      ...base,
      HORISEN_API_URL: 'http://127.0.0.1:4010/platform/',
      HORISEN_AUTH_URL: 'https://auth.example.com/sso',
      TRUST_PROXY: '10.0.0.0/8,127.0.0.1',
      FRAME_ANCESTORS: 'self https://wall.example.com',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.config.apiBasePath).toBe('/platform/bulk/sms-session-manager/v1');
    expect(result.config.tokenUrl).toBe('https://auth.example.com/sso/oauth2/access-token');
    expect(result.config.authOrigin).toBe('https://auth.example.com');
    expect(result.config.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(result.config.frameAncestors).toEqual(["'self'", 'https://wall.example.com']);
  });

  it.each([
    [{ HORISEN_API_URL: undefined }, 'HORISEN_API_URL is missing'],
    [{ OAUTH_CLIENT_ID: '' }, 'OAUTH_CLIENT_ID is missing'],
    [{ OAUTH_CLIENT_SECRET: undefined }, 'OAUTH_CLIENT_SECRET is missing'],
    [{ OAUTH_REDIRECT_URL: undefined }, 'OAUTH_REDIRECT_URL is missing'],
    [{ SESSION_SECRET: undefined }, 'SESSION_SECRET is missing'],
  ])('names a missing variable: %j', (change, expected) => {
    const text = message({ ...base, ...change });
    expect(text).toContain(expected);
    expect(text).toContain('expected');
    expect(text).not.toContain('\n');
  });

  it.each([
    ['HORISEN_API_URL', 'ftp://x', 'HORISEN_API_URL must be an absolute http(s) URL'],
    ['HORISEN_API_URL', 'https://api.example.com/?x=1', 'HORISEN_API_URL must be'],
    ['PORT', '80a', 'PORT must be an integer 0-65535 (default 8080) (got "80a")'],
    ['PORT', '70000', 'PORT must be'],
    [
      'AUTH_MODE',
      'password',
      'AUTH_MODE must be authorization_code (default) or client_credentials',
    ],
    ['OAUTH_REDIRECT_URL', 'https://console.example.com/callback', 'OAUTH_REDIRECT_URL must be'],
    ['FRAME_ANCESTORS', "* 'unsafe-inline'", 'FRAME_ANCESTORS must be'],
    ['TRUST_PROXY', 'maybe', 'TRUST_PROXY must be'],
    ['UPSTREAM_TIMEOUT_MS', '-5', 'UPSTREAM_TIMEOUT_MS must be'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
  ])('names a malformed %s=%j', (name, value, expected) => {
    const text = message({ ...base, [name]: value });
    expect(text).toContain(expected);
    expect(text.startsWith('Configuration error: ')).toBe(true);
    expect(text).not.toContain('\n');
  });

  it('never echoes secrets', () => {
    const text = message({ ...base, SESSION_SECRET: 'short-secret' });
    expect(text).toContain('SESSION_SECRET must be a random string of at least 32 characters');
    expect(text).not.toContain('short-secret');
    expect(text).toContain('got a value of 12 characters');
  });

  it('does not need a redirect URL in client_credentials mode', () => {
    const result = loadGatewayConfig({
      ...base,
      AUTH_MODE: 'client_credentials',
      OAUTH_REDIRECT_URL: undefined,
    });
    expect(result.ok).toBe(true);
  });
});
