// The built SPA: hashed /assets/* cached for a year, everything else revalidated, and any
// browser navigation to a client route answered with index.html (never cached).
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sep } from 'node:path';
import type { GatewayConfig } from './config';
import type { FirstScreenPages } from './first-screen';
import { sendError } from './http-errors';

const NOT_CLIENT_ROUTES = /^\/(?:api|auth|healthz|readyz|assets|_simulator)(?:[/?#]|$)/;

function wantsClientRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (NOT_CLIENT_ROUTES.test(request.url)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export function registerStaticFiles(
  app: FastifyInstance,
  config: GatewayConfig,
  firstScreen: FirstScreenPages | null = null,
) {
  const assetsDir = `${config.staticDir}${sep}assets${sep}`;
  void app.register(fastifyStatic, {
    root: config.staticDir,
    prefix: '/',
    index: false,
    list: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    etag: true,
    lastModified: true,
    // The build writes .br and .gz copies (vite.config.ts); files without one go out as they
    // are, and the compress plugin leaves an already encoded answer alone.
    preCompressed: true,
    setHeaders: (reply, sentPath) => {
      // A pre-compressed copy is cached like the file it stands for.
      const path = sentPath.replace(/\.(?:br|gz)$/, '');
      if (path.startsWith(assetsDir)) {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      } else if (path.endsWith(`${sep}index.html`)) {
        reply.header('cache-control', 'no-store');
      } else {
        reply.header('cache-control', 'no-cache');
      }
    },
  });

  // The root is a directory to the static handler (403 without an index): answer it explicitly.
  app.get('/', (_request, reply) => reply.sendFile('index.html'));

  app.setNotFoundHandler(async (request, reply) => {
    if (wantsClientRoute(request)) {
      if (firstScreen && (await firstScreen.tryRender(request, reply))) return reply;
      return reply.sendFile('index.html');
    }
    return sendError(reply, 404, 'NOT_FOUND', 'No such resource.');
  });
}
