// Builds the HORISEN platform simulator: OAuth2, the Session Manager API and the /_simulator control routes.
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { registerApiRoutes } from './api-routes';
import { emptyStats, faultsFromOptions, type SimulatorContext } from './context';
import { registerControlRoutes } from './control-routes';
import { ApiError, ErrorCode, quote } from './errors';
import { DEFAULT_REDIRECT_URIS } from './identities';
import { registerOAuthRoutes } from './oauth-routes';
import { resolveOptions, type SimulatorOptions } from './options';
import { SimulatorStore } from './store';
import { TokenStore } from './tokens';

export { simulatorOptionsFromEnv, type SimulatorOptions } from './options';

export interface Simulator {
  app: FastifyInstance;
  context: SimulatorContext;
  store: SimulatorStore;
  tokens: TokenStore;
  options: SimulatorOptions;
}

const MAX_URL_LENGTH = 8192;

function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
) {
  if (req.url.startsWith('/oauth2/')) {
    const error =
      status === 503
        ? 'temporarily_unavailable'
        : status >= 500
          ? 'server_error'
          : 'invalid_request';
    return reply.code(status).send({ error, error_description: message });
  }
  return reply.code(status).send({ code, message });
}

/** Maps Fastify's own errors (body parsing, content type, limits) to the {code, message} shape. */
function frameworkError(error: FastifyError): { status: number; code: string; message: string } {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: ErrorCode.unsupportedMediaType,
        message: 'Unsupported Content-Type: send application/json',
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: ErrorCode.payloadTooLarge, message: 'Request body is too large' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        code: ErrorCode.bodyInvalid,
        message: 'Request body is empty; expected a JSON object',
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        code: ErrorCode.bodyInvalid,
        message: 'Content-Length does not match the body',
      };
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return {
      status: 400,
      code: ErrorCode.bodyInvalid,
      message: `Request body is not valid JSON: ${error.message}`,
    };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status, code: ErrorCode.badRequest, message: error.message };
  }
  return { status: 500, code: ErrorCode.internal, message: 'Internal simulator error' };
}

export async function buildSimulator(partial: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  const options = resolveOptions(partial);
  const level = options.logLevel;
  const app = Fastify({
    logger: level === 'silent' ? false : { level },
    bodyLimit: 16_384,
    routerOptions: { maxParamLength: 1000 },
    frameworkErrors: (_error, req, reply) => {
      void (reply as FastifyReply).code(400).send({
        code: ErrorCode.badUrl,
        message: `Malformed or over-long request URL ${quote(req.url)} (bad percent-encoding or a path segment over 1000 characters)`,
      });
    },
  });
  app.removeContentTypeParser('text/plain');

  const store = new SimulatorStore(options);
  const tokens = new TokenStore();
  const context: SimulatorContext = {
    options,
    store,
    tokens,
    faults: faultsFromOptions(options),
    stats: emptyStats(),
    redirectUris: new Set([...DEFAULT_REDIRECT_URIS, ...options.redirectUris]),
  };

  app.addHook('onRequest', async (req) => {
    if (req.url.length > MAX_URL_LENGTH) {
      throw new ApiError(
        414,
        ErrorCode.uriTooLong,
        `Request URL is too long (at most ${MAX_URL_LENGTH} characters)`,
      );
    }
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    if (!req.url.startsWith('/bulk/')) return;
    const key = String(reply.statusCode);
    context.stats.byStatus[key] = (context.stats.byStatus[key] ?? 0) + 1;
  });
  app.addHook('onClose', async () => store.close());

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof ApiError)
      return sendError(req, reply, error.statusCode, error.code, error.message);
    const mapped = frameworkError(error);
    if (mapped.status >= 500) req.log.error({ err: error }, 'unexpected simulator error');
    return sendError(req, reply, mapped.status, mapped.code, mapped.message);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    return sendError(
      req,
      reply,
      404,
      ErrorCode.routeNotFound,
      `No route for ${req.method} ${quote(path)}`,
    );
  });

  registerOAuthRoutes(app, context);
  registerApiRoutes(app, context);
  registerControlRoutes(app, context);
  app.get('/', async () => ({
    name: 'HORISEN platform simulator',
    api: '/bulk/sms-session-manager/v1',
    oauth: ['/oauth2/access-token', '/oauth2/authorize'],
    control: ['/_simulator/faults', '/_simulator/reset', '/_simulator/stats'],
  }));
  await app.ready();
  return { app, context, store, tokens, options };
}
