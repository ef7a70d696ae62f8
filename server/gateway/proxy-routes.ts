// /api/* → <HORISEN_API_URL>/bulk/sms-session-manager/v1/* with the session's bearer token.
// Only GET/HEAD/PUT exist upstream; headers are whitelisted both ways, so cookies, the CSRF
// header and anything the upstream might set on our origin never cross.
import type { Readable } from 'node:stream';
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
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.includes('//')) return null;
  if (decoded.split('/').some((s) => s === '.' || s === '..')) return null;
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

export function registerProxyRoutes(app: FastifyInstance, deps: ProxyRouteDeps) {
  const { config, credentials, auditSink } = deps;
  const accessOf = new WeakMap<FastifyRequest, Access>();
  const auditOf = new WeakMap<FastifyRequest, AuditState>();

  function upstreamHeaders(
    request: FastifyRequest,
    headers: Record<string, unknown>,
    token: string,
  ) {
    const out: Record<string, unknown> = { host: headers.host };
    for (const name of REQUEST_HEADERS) {
      if (headers[name] !== undefined) out[name] = headers[name];
    }
    out.authorization = `Bearer ${token}`;
    out['x-request-id'] = request.id;
    return out;
  }

  function downstreamHeaders(headers: Record<string, unknown>) {
    const out: Record<string, unknown> = {};
    for (const name of RESPONSE_HEADERS) {
      if (headers[name] !== undefined) out[name] = headers[name];
    }
    out['cache-control'] = 'no-store';
    return out;
  }

  function forward(request: FastifyRequest, reply: FastifyReply, access: Access, attempt: number) {
    const rest = upstreamSubPath(request.raw.url ?? '') as string;
    const audit = auditOf.get(request);
    const body = request.body as Buffer | undefined;
    reply.from(config.apiBasePath + rest, {
      ...(request.method === 'PUT'
        ? {
            body: body && body.length > 0 ? body : null,
            contentType: request.headers['content-type'] ?? 'application/json',
          }
        : {}),
      retryDelay: () => null,
      rewriteRequestHeaders: (_req, headers) =>
        upstreamHeaders(request, headers as Record<string, unknown>, access.accessToken) as never,
      rewriteHeaders: (headers) => downstreamHeaders(headers as Record<string, unknown>) as never,
      onError: (_reply, { error }) => {
        const err = error as Error & { code?: string; cause?: { code?: string } };
        const timedOut = TIMEOUT_CODES.has(err.code ?? '');
        request.log.warn(
          { code: err.code, cause: err.cause?.code, url: rest },
          'upstream request failed',
        );
        if (timedOut) {
          void sendError(reply, 504, 'UPSTREAM_TIMEOUT', 'The platform did not answer in time.');
        } else {
          void sendError(reply, 502, 'UPSTREAM_UNREACHABLE', 'The platform could not be reached.');
        }
      },
      onResponse: (_req, _reply, res) => {
        // With undici (our transport) this is { statusCode, headers, stream }.
        const upstream = res as unknown as {
          statusCode: number;
          headers: Record<string, unknown>;
          stream: Readable;
        };
        const { stream, statusCode: status } = upstream;
        if (audit) audit.upstreamStatus = status;
        if (status === 401) {
          stream.resume();
          for (const name of Object.keys(upstream.headers)) reply.removeHeader(name);
          if (attempt > 0) {
            credentials.forget(request, access.accessToken);
            void sendError(
              reply,
              401,
              'UNAUTHENTICATED',
              'The platform did not accept the session.',
            );
            return;
          }
          credentials
            .renew(request, access.accessToken)
            .then((renewed) => {
              if (renewed.ok) return forward(request, reply, renewed.access, attempt + 1);
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
            return sendError(
              reply,
              502,
              'UPSTREAM_UNREACHABLE',
              'The platform answer was cut off.',
            );
          });
      },
    });
    return reply;
  }

  app.register(async (scope) => {
    // Bodies stay raw bytes: they are read once for the audit line and sent upstream unchanged.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });

    scope.addHook('onSend', async (request, reply, payload) => {
      const audit = auditOf.get(request);
      if (audit && reply.statusCode >= 400 && audit.errorCode === undefined) {
        if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
          audit.errorCode = errorCodeFromBody(Buffer.from(payload));
        }
      }
      return payload;
    });

    scope.addHook('onResponse', async (request, reply) => {
      const audit = auditOf.get(request);
      if (!audit) return;
      const ok = reply.statusCode >= 200 && reply.statusCode < 300;
      const record = {
        type: 'audit',
        at: new Date().toISOString(),
        user: accessOf.get(request)?.userName ?? audit.user,
        authMode: config.authMode,
        action: audit.action,
        target: auditTarget(audit.resource, request.body),
        upstreamStatus: audit.upstreamStatus,
        result: ok ? 'ok' : 'error',
        ...(ok ? {} : { errorCode: audit.errorCode ?? `HTTP_${reply.statusCode}` }),
        durationMs: Math.round(reply.elapsedTime),
      };
      auditSink(JSON.stringify(record) + '\n');
    });

    const preHandler = [
      async (request: FastifyRequest, reply: FastifyReply) => {
        const rest = upstreamSubPath(request.raw.url ?? '');
        if (request.method === 'PUT' && rest) {
          const action = auditedAction(rest);
          if (action) auditOf.set(request, { ...action, upstreamStatus: null, user: null });
        }
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
        accessOf.set(request, result.access);
      },
      (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
        if (request.method !== 'PUT') return done();
        app.csrfProtection(request, reply, done);
      },
    ];

    scope.route({
      method: ['GET', 'PUT'],
      url: '/api/*',
      bodyLimit: config.apiBodyLimit,
      preHandler,
      handler: (request, reply) => {
        const access = accessOf.get(request) as Access;
        return forward(request, reply, access, 0);
      },
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
