// /healthz: the process is up. /readyz: the platform answers HTTP at all (any status counts),
// so a load balancer only sends traffic to replicas that can reach HORISEN.
import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config';

const READY_TIMEOUT_MS = 2000;

export function registerHealthRoutes(app: FastifyInstance, config: GatewayConfig) {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    try {
      const response = await fetch(config.apiUrl, {
        redirect: 'manual',
        signal: AbortSignal.timeout(READY_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness probe: upstream not answering');
      return reply.code(503).send({
        status: 'unavailable',
        code: 'UPSTREAM_UNREACHABLE',
        message: 'The platform did not answer within 2 s.',
      });
    }
  });
}
