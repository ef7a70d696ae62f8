// The gateway: serves the built SPA with strict headers, signs users in with HORISEN OAuth2,
// keeps tokens in an encrypted cookie (no session store: any number of replicas; only the list
// of signed-out session ids is per process) and proxies /api/*.
import fastifyCompress from '@fastify/compress';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyReplyFrom from '@fastify/reply-from';
import fastifySecureSession from '@fastify/secure-session';
import Fastify, { LogController, type FastifyError, type FastifyInstance } from 'fastify';
import { stdoutAuditSink, type AuditSink } from './audit';
import { registerAuthRoutes } from './auth-routes';
import type { GatewayConfig } from './config';
import { createCredentials, type Credentials } from './credentials';
import { firstScreenPages, type FirstScreenRenderer } from './first-screen';
import { registerHealthRoutes } from './health-routes';
import { sendError } from './http-errors';
import { createOAuthClient } from './oauth-client';
import { registerProxyRoutes } from './proxy-routes';
import { HSTS, staticSecurityHeaders } from './security-headers';
import { deriveSessionKeys } from './session-keys';
import { fastifyTrustProxy } from './trust-proxy';
import { registerStaticFiles } from './static-files';
import { SESSION_IDLE_SECONDS } from './session-data';
import { createMemoryRevocations, type SessionRevocations } from './session-revocations';

export interface GatewayOptions {
  /** Where audit lines go (default: process.stdout). */
  auditSink?: AuditSink;
  /** Serve dist/ (false in `npm run dev`, where Vite serves the SPA). */
  serveStatic?: boolean;
  now?: () => number;
  /** Renders the grid landing pages' first screen (dist-server/); without it they load as the SPA. */
  firstScreenRenderer?: FirstScreenRenderer | null;
  /** Signed-out session ids (default: this process's memory). */
  revocations?: SessionRevocations;
}

export interface Gateway {
  app: FastifyInstance;
  credentials: Credentials;
}

function errorResponse(error: FastifyError): { status: number; code: string; message: string } {
  switch (error.code) {
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return {
        status: 403,
        code: 'CSRF_TOKEN_INVALID',
        message: 'Missing or invalid CSRF token; reload the page and try again.',
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported Content-Type.' };
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return {
      status,
      code: 'RATE_LIMITED',
      message: 'Too many sign-in attempts; try again in a minute.',
    };
  }
  if (status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', message: error.message };
  return { status: 500, code: 'INTERNAL_ERROR', message: 'Internal gateway error.' };
}

export function buildGateway(config: GatewayConfig, options: GatewayOptions = {}): Gateway {
  const now = options.now ?? Date.now;
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-csrf-token"]',
            ],
          },
    // Per-request lines cost throughput and would log every poll; audit lines are separate.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: config.apiBodyLimit,
    requestTimeout: 60_000,
    routerOptions: { maxParamLength: 2000 },
    frameworkErrors: (error, _request, reply) => {
      void sendError(reply, 400, 'BAD_REQUEST', `Malformed request: ${error.message}`);
    },
  });

  const oauth = createOAuthClient({
    tokenUrl: config.tokenUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    timeoutMs: config.upstreamTimeoutMs,
    now,
  });
  const credentials = createCredentials(config, oauth, now);
  // Helmet's headers plus ours, computed once; cache-control is no-store unless a route says
  // otherwise (only static files do).
  const securityHeaders = { ...staticSecurityHeaders(config), 'cache-control': 'no-store' };

  void app.register(fastifyCompress, { global: true, threshold: 1024 });
  void app.register(fastifySecureSession, {
    key: deriveSessionKeys(config.sessionSecrets),
    cookieName: config.httpsOnly ? '__Host-console-session' : 'console-session',
    expiry: SESSION_IDLE_SECONDS,
    cookie: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.httpsOnly,
      maxAge: SESSION_IDLE_SECONDS,
    },
  });
  void app.register(fastifyCsrfProtection, {
    sessionPlugin: '@fastify/secure-session',
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  void app.register(fastifyRateLimit, { global: false });
  void app.register(fastifyFormbody);
  void app.register(fastifyReplyFrom, {
    base: config.apiOrigin,
    disableRequestLogging: true,
    undici: {
      connections: 128,
      pipelining: 1,
      connectTimeout: config.upstreamConnectTimeoutMs,
      headersTimeout: config.upstreamTimeoutMs,
      bodyTimeout: config.upstreamTimeoutMs,
      // reply-from turns certificate checks off unless told otherwise.
      tls: { rejectUnauthorized: true },
    } as never,
  });

  const revocations =
    options.revocations ??
    createMemoryRevocations({
      now,
      onOverflow: () =>
        app.log.warn('too many signed-out sessions held: the oldest is no longer refused'),
    });
  // Before any route reads the session: one that was signed out (or predates session ids, so
  // could not be) is emptied, and the request goes on as a signed-out visitor's. Emptied rather
  // than deleted, so that a sign-in started by this request can still keep its state.
  app.addHook('onRequest', (request, _reply, done) => {
    const session = request.session;
    const sid = session.get('sid');
    if (sid === undefined) {
      if (session.get('auth') !== undefined) session.regenerate();
      done();
      return;
    }
    const revoked = revocations.isRevoked(sid);
    if (typeof revoked === 'boolean') {
      if (revoked) session.regenerate();
      done();
      return;
    }
    revoked.then(
      (yes) => {
        if (yes) session.regenerate();
        done();
      },
      (error: Error) => done(error),
    );
  });

  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(securityHeaders);
    if (config.httpsOnly || request.protocol === 'https') {
      reply.header('strict-transport-security', HSTS);
      // Behind a TLS-terminating proxy (TRUST_PROXY) the cookie must be Secure too.
      if (!config.httpsOnly) request.session.options({ secure: true });
    }
    done();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code, message } = errorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(reply, status, code, message);
  });

  // Route sets are plugins so that they load after the plugins above (rate-limit's onRoute hook).
  void app.register(async (scope) => {
    registerHealthRoutes(scope, config);
    registerAuthRoutes(scope, { config, oauth, credentials, revocations, now });
    registerProxyRoutes(scope, {
      config,
      credentials,
      auditSink: options.auditSink ?? stdoutAuditSink,
    });
  });
  if (options.serveStatic !== false) {
    const renderer = options.firstScreenRenderer;
    registerStaticFiles(
      app,
      config,
      renderer ? firstScreenPages(app, renderer, config.staticDir) : null,
    );
  } else {
    app.setNotFoundHandler((_request, reply) =>
      sendError(reply, 404, 'NOT_FOUND', 'No such resource.'),
    );
  }

  return { app, credentials };
}
