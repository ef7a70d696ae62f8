// Gateway configuration: environment only, validated once at start-up. A bad value yields one
// line naming the variable and the expected form, so an operator can fix it without reading code.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

export type AuthMode = 'authorization_code' | 'client_credentials';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface GatewayConfig {
  authMode: AuthMode;
  /** Origin of the Session Manager API host, e.g. https://api.horisen.pro */
  apiOrigin: string;
  /** Path on apiOrigin that /api/* maps to, e.g. /bulk/sms-session-manager/v1 */
  apiBasePath: string;
  /** The HORISEN_API_URL as given (used by /readyz). */
  apiUrl: string;
  authorizeUrl: string;
  tokenUrl: string;
  authOrigin: string;
  clientId: string;
  clientSecret: string;
  /** null only in client_credentials mode. */
  redirectUrl: string | null;
  /** First one encrypts; all of them decrypt (key rotation). */
  sessionSecrets: string[];
  port: number;
  host: string;
  /** CSP frame-ancestors sources; default ["'none'"]. */
  frameAncestors: string[];
  trustProxy: TrustProxy;
  upstreamConnectTimeoutMs: number;
  upstreamTimeoutMs: number;
  apiBodyLimit: number;
  logLevel: LogLevel;
  staticDir: string;
  signInRateLimitPerMinute: number;
  /** True when the public URL (OAUTH_REDIRECT_URL) is https: cookies are Secure and HSTS is sent. */
  httpsOnly: boolean;
}

export type ConfigResult = { ok: true; config: GatewayConfig } | { ok: false; message: string };

export const API_PATH = '/bulk/sms-session-manager/v1';

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.search || url.hash || url.username || url.password) return null;
    return url;
  } catch {
    return null;
  }
}

const urlSchema = z.string().refine((v) => httpUrl(v) !== null);

// A frame-ancestors source: 'self', 'none', or an http(s) origin (host may start with *.).
const frameSource =
  /^(?:'self'|'none'|https?:\/\/(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d{1,5})?)$/;

const trustProxySchema = z.string().transform((v, ctx) => {
  const parsed = parseTrustProxy(v);
  if (parsed !== null) return parsed;
  ctx.addIssue({ code: 'custom', message: 'bad' });
  return z.NEVER;
});

interface Spec {
  schema: z.ZodType;
  expected: string;
  /** Secrets are never echoed back in the error line. */
  secret?: boolean;
}

const specs = {
  HORISEN_API_URL: {
    schema: urlSchema,
    expected: 'an absolute http(s) URL without query or credentials, e.g. https://api.horisen.pro',
  },
  HORISEN_AUTH_URL: {
    schema: urlSchema,
    expected: 'an absolute http(s) URL of the OAuth2 server (default: HORISEN_API_URL)',
  },
  AUTH_MODE: {
    schema: z.enum(['authorization_code', 'client_credentials']),
    expected: 'authorization_code (default) or client_credentials',
  },
  OAUTH_CLIENT_ID: {
    schema: z.string().regex(/^[\x21-\x7e]{1,200}$/),
    expected: 'the OAuth2 client id registered with HORISEN (printable, no spaces)',
  },
  OAUTH_CLIENT_SECRET: {
    schema: z.string().regex(/^[\x20-\x7e]{1,500}$/),
    expected: 'the OAuth2 client secret registered with HORISEN',
    secret: true,
  },
  OAUTH_REDIRECT_URL: {
    schema: urlSchema.refine((v) => httpUrl(v)?.pathname === '/auth/callback'),
    expected:
      "this gateway's public callback URL ending in /auth/callback, e.g. https://console.example.com/auth/callback",
  },
  SESSION_SECRET: {
    schema: z
      .string()
      .transform((v) => v.split(',').map((s) => s.trim()))
      .pipe(z.array(z.string().min(32)).min(1)),
    expected:
      'a random string of at least 32 characters (a comma list rotates keys: first encrypts, all decrypt), e.g. from `openssl rand -base64 48`',
    secret: true,
  },
  PORT: { schema: int(0, 65535), expected: 'an integer 0-65535 (default 8080)' },
  HOST: {
    schema: z.string().regex(/^[A-Za-z0-9.:-]{1,253}$/),
    expected: 'a host name or IP address to listen on (default 127.0.0.1)',
  },
  FRAME_ANCESTORS: {
    schema: z
      .string()
      .transform((v) =>
        v
          .split(/\s+/)
          .filter(Boolean)
          .map((s) => (s === 'self' || s === 'none' ? `'${s}'` : s)),
      )
      .pipe(z.array(z.string().regex(frameSource)).min(1)),
    expected:
      "space-separated CSP sources allowed to frame the console: 'none', 'self' or http(s) origins, e.g. \"'self' https://wall.example.com\"",
  },
  TRUST_PROXY: {
    schema: trustProxySchema,
    expected:
      'true, false, a hop count 0-99, or a comma list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal), e.g. 10.0.0.0/8,::1',
  },
  UPSTREAM_CONNECT_TIMEOUT_MS: {
    schema: int(1, 600_000),
    expected: 'milliseconds 1-600000 (default 3000)',
  },
  UPSTREAM_TIMEOUT_MS: {
    schema: int(1, 600_000),
    expected: 'milliseconds 1-600000 (default 15000)',
  },
  API_BODY_LIMIT: { schema: int(1, 10_485_760), expected: 'bytes 1-10485760 (default 16384)' },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    expected: 'one of fatal, error, warn, info, debug, trace, silent',
  },
  STATIC_DIR: {
    schema: z.string().min(1),
    expected: 'the directory holding the built SPA (default dist)',
  },
  SIGNIN_RATE_LIMIT: {
    schema: int(1, 100_000),
    expected: 'sign-in requests per minute per client IP, 1-100000 (default 20)',
  },
} satisfies Record<string, Spec>;

type Name = keyof typeof specs;

function problem(name: Name, raw: string | undefined): string {
  const spec: Spec = specs[name];
  if (raw === undefined)
    return `Configuration error: ${name} is missing; expected ${spec.expected}.`;
  const got = spec.secret ? `a value of ${raw.length} characters` : JSON.stringify(raw);
  return `Configuration error: ${name} must be ${spec.expected} (got ${got}).`;
}

/** Reads the gateway's environment. Unset or blank means "use the default" (or "missing" if required). */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const values: Partial<Record<Name, unknown>> = {};
  for (const name of Object.keys(specs) as Name[]) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    const parsed = (specs[name] as Spec).schema.safeParse(raw);
    if (!parsed.success) return { ok: false, message: problem(name, env[name]) };
    values[name] = parsed.data;
  }

  const authMode = (values.AUTH_MODE as AuthMode | undefined) ?? 'authorization_code';
  const required: Name[] = ['HORISEN_API_URL', 'OAUTH_CLIENT_ID', 'OAUTH_CLIENT_SECRET'];
  if (authMode === 'authorization_code') required.push('OAUTH_REDIRECT_URL', 'SESSION_SECRET');
  else required.push('SESSION_SECRET');
  for (const name of required) {
    if (values[name] === undefined) return { ok: false, message: problem(name, undefined) };
  }

  const apiUrl = values.HORISEN_API_URL as string;
  const api = new URL(apiUrl);
  const auth = new URL((values.HORISEN_AUTH_URL as string | undefined) ?? apiUrl);
  const authBase = auth.href.replace(/\/+$/, '');
  const redirectUrl = (values.OAUTH_REDIRECT_URL as string | undefined) ?? null;

  return {
    ok: true,
    config: {
      authMode,
      apiUrl,
      apiOrigin: api.origin,
      apiBasePath: api.pathname.replace(/\/+$/, '') + API_PATH,
      authorizeUrl: `${authBase}/oauth2/authorize`,
      tokenUrl: `${authBase}/oauth2/access-token`,
      authOrigin: auth.origin,
      clientId: values.OAUTH_CLIENT_ID as string,
      clientSecret: values.OAUTH_CLIENT_SECRET as string,
      redirectUrl,
      sessionSecrets: values.SESSION_SECRET as string[],
      port: (values.PORT as number | undefined) ?? 8080,
      host: (values.HOST as string | undefined) ?? '127.0.0.1',
      frameAncestors: (values.FRAME_ANCESTORS as string[] | undefined) ?? ["'none'"],
      trustProxy: (values.TRUST_PROXY as GatewayConfig['trustProxy'] | undefined) ?? false,
      upstreamConnectTimeoutMs: (values.UPSTREAM_CONNECT_TIMEOUT_MS as number | undefined) ?? 3000,
      upstreamTimeoutMs: (values.UPSTREAM_TIMEOUT_MS as number | undefined) ?? 15_000,
      apiBodyLimit: (values.API_BODY_LIMIT as number | undefined) ?? 16_384,
      logLevel: (values.LOG_LEVEL as LogLevel | undefined) ?? 'info',
      staticDir: resolve((values.STATIC_DIR as string | undefined) ?? 'dist'),
      signInRateLimitPerMinute: (values.SIGNIN_RATE_LIMIT as number | undefined) ?? 20,
      httpsOnly: redirectUrl !== null && redirectUrl.startsWith('https:'),
    },
  };
}
