// /api/* → <HORISEN_API_URL>/bulk/sms-session-manager/v1/* with the session's bearer token.
// Only GET/HEAD/PUT exist upstream; headers are whitelisted both ways, so cookies, the CSRF
// header and anything the upstream might set on our origin never cross.
import type { Readable } from 'node:stream';
import type { FastifyReplyFromHooks } from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditedAction, auditTarget, errorCodeFromBody, type AuditSink } from './audit';
import type { GatewayConfig } from './config';
import type { Access, Credentials } from './credentials';
import { sendError } from './http-errors';

const REQUEST_HEADERS = [
  'accept',
  'accept-encoding',
  'accept-language',
  'content-type',
  'content-length',
  'if-none-match',
  'if-modified-since',
];
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'etag',
  'last-modified',
  'retry-after',
  'vary',
];
const TIMEOUT_CODES = new Set([
  'FST_REPLY_FROM_GATEWAY_TIMEOUT',
  'FST_REPLY_FROM_TIMEOUT',
  'FST_REPLY_FROM_HTTP_REQUEST_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);
// eslint-disable-next-line no-control-regex
const UNSAFE_PATH = /[\u0000-\u001f\u007f\\]|\/\/|\/\.\.?(?:\/|$)/;
const MAX_BUFFERED_RESPONSE = 1_048_576;
const SMALL_RESPONSE = 65_536;

export interface ProxyRouteDeps {
  config: GatewayConfig;
  credentials: Credentials;
  auditSink: AuditSink;
}

/** The path after /api, exactly as the browser sent it (still percent-encoded), or null if unsafe. */
export function upstreamSubPath(rawUrl: string): string | null {
  const q = rawUrl.indexOf('?');
  const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
  if (!path.startsWith('/api/')) return null;
  const rest = path.slice(4);
  if (rest.length < 2) return null;
  let decoded = rest;
  if (rest.includes('%')) {
    try {
      decoded = decodeURIComponent(rest);
    } catch {
      return null;
    }
  }
  // No control characters, backslashes, empty, '.' or '..' segments, even percent-encoded.
  if (UNSAFE_PATH.test(decoded)) return null;
  return rest;
}

function readBody(stream: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        reject(new Error('upstream response too large to audit'));
        return;
      }
      chunks.push(chunk);
    });
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

interface AuditState {
  resource: 'customer-connections' | 'supplier-gates';
  action: string;
  upstreamStatus: number | null;
  errorCode?: string;
  user: string | null;
}

/** What the proxy knows about one /api request, set in its preHandler. */
interface ProxyState {
  /** The upstream path after /api (see upstreamSubPath). */
  rest: string;
  access: Access | null;
  audit: AuditState | null;
  /** 1 once the request has been retried with a renewed token. */
  attempt: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiProxy: ProxyState | null;
  }
}

/**
 * API answers below this size go out uncompressed: compressing a page of sessions costs about as
 * much CPU as proxying it, for a few kilobytes saved. Bigger answers (all=yes) are compressed
 * when the browser asks, unless the platform already did.
 */
const API_COMPRESS_THRESHOLD = 16_384;

function stateOf(request: FastifyRequest): ProxyState {
  return request.apiProxy as ProxyState;
}

function downstreamHeaders(headers: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const name of RESPONSE_HEADERS) {
    if (headers[name] !== undefined) out[name] = headers[name];
  }
  out['cache-control'] = 'no-store';
  return out;
}

export function registerProxyRoutes(app: FastifyInstance, deps: ProxyRouteDeps) {
  const { config, credentials, auditSink } = deps;

  function upstreamHeaders(request: FastifyRequest, headers: Record<string, unknown>) {
    const out: Record<string, unknown> = { host: headers.host };
    for (const name of REQUEST_HEADERS) {
      if (headers[name] !== undefined) out[name] = headers[name];
    }
    out.authorization = `Bearer ${(stateOf(request).access as Access).accessToken}`;
    out['x-request-id'] = request.id;
    return out;
  }

  function onUpstreamError(reply: FastifyReply, { error }: { error: Error }) {
    const err = error as Error & { code?: string; cause?: { code?: string } };
    const timedOut = TIMEOUT_CODES.has(err.code ?? '');
    reply.request.log.warn(
      { code: err.code, cause: err.cause?.code, url: stateOf(reply.request).rest },
      'upstream request failed',
    );
    if (timedOut) {
      void sendError(reply, 504, 'UPSTREAM_TIMEOUT', 'The platform did not answer in time.');
    } else {
      void sendError(reply, 502, 'UPSTREAM_UNREACHABLE', 'The platform could not be reached.');
    }
  }

  function retryAfterRenewal(request: FastifyRequest, reply: FastifyReply, state: ProxyState) {
    const rejected = (state.access as Access).accessToken;
    if (state.attempt > 0) {
      credentials.forget(request, rejected);
      void sendError(reply, 401, 'UNAUTHENTICATED', 'The platform did not accept the session.');
      return;
    }
    credentials
      .renew(request, rejected)
      .then((renewed) => {
        if (renewed.ok) {
          state.access = renewed.access;
          state.attempt += 1;
          return forward(request, reply);
        }
        if (renewed.reason === 'signed_out') {
          return sendError(reply, 401, 'UNAUTHENTICATED', 'The session has expired.');
        }
        request.log.warn({ err: renewed.error }, 'token renewal failed');
        return sendError(
          reply,
          502,
          'UPSTREAM_UNREACHABLE',
          'The sign-in service could not be reached.',
        );
      })
      .catch((err: unknown) => reply.send(err));
  }

  function onUpstreamResponse(request: FastifyRequest, reply: FastifyReply, res: unknown) {
    // With undici (our transport) this is { statusCode, headers, stream }.
    const upstream = res as {
      statusCode: number;
      headers: Record<string, unknown>;
      stream: Readable;
    };
    const { stream, statusCode: status } = upstream;
    const state = stateOf(request);
    const { audit } = state;
    if (audit) audit.upstreamStatus = status;
    if (status === 401) {
      stream.resume();
      // Only what downstreamHeaders copied: the security headers stay.
      for (const name of RESPONSE_HEADERS) reply.removeHeader(name);
      retryAfterRenewal(request, reply, state);
      return;
    }
    // Small answers (a page of sessions) go out in one write; big ones (all=yes) stream.
    const length = Number(upstream.headers['content-length'] ?? Infinity);
    if (!audit && !(length <= SMALL_RESPONSE)) {
      void reply.send(stream);
      return;
    }
    readBody(stream, MAX_BUFFERED_RESPONSE)
      .then((buffer) => {
        if (audit && status >= 400) audit.errorCode = errorCodeFromBody(buffer);
        return reply.send(buffer);
      })
      .catch((err: unknown) => {
        request.log.warn({ err }, 'reading the upstream answer failed');
        return sendError(reply, 502, 'UPSTREAM_UNREACHABLE', 'The platform answer was cut off.');
      });
  }

  // One options object for every request: the callbacks find their request's state on the
  // request, so the hot path allocates no closures. Retries are ours (after a 401), never reply-from's.
  const fromOptions: FastifyReplyFromHooks = {
    retryDelay: () => null,
    rewriteRequestHeaders: (request, headers) =>
      upstreamHeaders(request as FastifyRequest, headers as Record<string, unknown>) as never,
    rewriteHeaders: (headers) => downstreamHeaders(headers as Record<string, unknown>) as never,
    onError: onUpstreamError as never,
    onResponse: onUpstreamResponse as never,
  };

  function forward(request: FastifyRequest, reply: FastifyReply) {
    const path = config.apiBasePath + stateOf(request).rest;
    if (request.method !== 'PUT') return reply.from(path, fromOptions);
    const body = request.body as Buffer | undefined;
    return reply.from(path, {
      ...fromOptions,
      body: body && body.length > 0 ? body : null,
      contentType: request.headers['content-type'] ?? 'application/json',
    });
  }

  /** Checks the path and finds the bearer token; answers 400/401/502 itself when it cannot. */
  async function authorize(request: FastifyRequest, reply: FastifyReply) {
    const rest = upstreamSubPath(request.raw.url ?? '');
    let audit: AuditState | null = null;
    if (request.method === 'PUT' && rest) {
      const action = auditedAction(rest);
      if (action) audit = { ...action, upstreamStatus: null, user: null };
    }
    request.apiProxy = { rest: rest ?? '', access: null, audit, attempt: 0 };
    if (!rest) return sendError(reply, 400, 'BAD_PATH', 'The API path is not valid.');
    const result = await credentials.current(request);
    if (!result.ok) {
      if (result.reason === 'signed_out') {
        return sendError(reply, 401, 'UNAUTHENTICATED', 'Not signed in.');
      }
      request.log.warn({ err: result.error }, 'token request failed');
      return sendError(
        reply,
        502,
        'UPSTREAM_UNREACHABLE',
        'The sign-in service could not be reached.',
      );
    }
    request.apiProxy.access = result.access;
  }

  function handler(request: FastifyRequest, reply: FastifyReply) {
    return forward(request, reply);
  }

  app.register(async (scope) => {
    scope.decorateRequest('apiProxy', null);
    // Bodies stay raw bytes: they are read once for the audit line and sent upstream unchanged.
    // (GET and HEAD bodies are never read.)
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });

    // Reads: the hot path (every poll of every open console), so no audit or CSRF hooks at all.
    scope.route({
      method: 'GET',
      url: '/api/*',
      compress: { threshold: API_COMPRESS_THRESHOLD },
      preHandler: authorize,
      handler,
    });

    // Writes: CSRF-checked, and stops/restarts leave one audit line whatever the outcome.
    scope.route({
      method: 'PUT',
      url: '/api/*',
      bodyLimit: config.apiBodyLimit,
      compress: { threshold: API_COMPRESS_THRESHOLD },
      preHandler: [
        authorize,
        (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
          app.csrfProtection(request, reply, done);
        },
      ],
      onSend: (request, reply, payload, done) => {
        const audit = request.apiProxy?.audit;
        if (audit && reply.statusCode >= 400 && audit.errorCode === undefined) {
          if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
            audit.errorCode = errorCodeFromBody(Buffer.from(payload));
          }
        }
        done(null, payload);
      },
      onResponse: (request, reply, done) => {
        const state = request.apiProxy;
        const audit = state?.audit;
        if (audit) {
          const ok = reply.statusCode >= 200 && reply.statusCode < 300;
          const record = {
            type: 'audit',
            at: new Date().toISOString(),
            user: state.access?.userName ?? audit.user,
            authMode: config.authMode,
            action: audit.action,
            target: auditTarget(audit.resource, request.body),
            upstreamStatus: audit.upstreamStatus,
            result: ok ? 'ok' : 'error',
            ...(ok ? {} : { errorCode: audit.errorCode ?? `HTTP_${reply.statusCode}` }),
            durationMs: Math.round(reply.elapsedTime),
          };
          auditSink(JSON.stringify(record) + '\n');
        }
        done();
      },
      handler,
    });

    scope.route({
      method: ['POST', 'PATCH', 'DELETE', 'OPTIONS'],
      url: '/api/*',
      bodyLimit: config.apiBodyLimit,
      handler: (_request, reply) =>
        sendError(
          reply.header('allow', 'GET, HEAD, PUT'),
          405,
          'METHOD_NOT_ALLOWED',
          'Only GET, HEAD and PUT are available.',
        ),
    });
  });
}
