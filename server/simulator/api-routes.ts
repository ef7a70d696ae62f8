// The Session Manager API under /bulk/sms-session-manager/v1: auth, faults, the six operations.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Collection } from './collection';
import type { SimulatorContext } from './context';
import { ApiError, ErrorCode, quote } from './errors';
import { PRIVILEGES } from './identities';
import { paginationLinks, runList } from './list';
import { parseListQuery, parseRawQuery } from './query';
import { customerItem, supplierItem } from './sessions';

export const API_PREFIX = '/bulk/sms-session-manager/v1';
const MAX_NAME_LENGTH = 256;

interface RouteConfig {
  operationId: string;
  privilege: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    operationId?: string;
    privilege?: string;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function bearer(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const m = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
  return m ? m[1] : '';
}

function searchOf(url: string): { path: string; search: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, search: '' } : { path: url.slice(0, q), search: url.slice(q + 1) };
}

const HOST = /^([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(:\d{1,5})?$/;

function origin(req: FastifyRequest): string {
  const host = req.headers.host;
  if (host && HOST.test(host)) return `http://${host}`;
  return `http://127.0.0.1:${req.socket.localPort ?? 80}`;
}

function parseId(raw: string): number | null {
  if (!/^\d+$/.test(raw)) {
    throw new ApiError(
      400,
      ErrorCode.idInvalid,
      `Session ID must be a positive integer, got ${quote(raw)}`,
    );
  }
  const digits = raw.replace(/^0+/, '');
  if (!digits)
    throw new ApiError(400, ErrorCode.idInvalid, 'Session ID must be a positive integer, got 0');
  return digits.length > 15 ? null : Number(digits);
}

function actionName(body: unknown, field: 'authName' | 'cName', requiredCode: string): string {
  if (body === undefined || body === null || body === '') {
    throw new ApiError(400, requiredCode, `${field} is required: send JSON {"${field}": "..."}`);
  }
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(
      400,
      ErrorCode.bodyInvalid,
      `Request body must be a JSON object {"${field}": "..."}`,
    );
  }
  const value = (body as Record<string, unknown>)[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new ApiError(400, requiredCode, `${field} is required and must not be empty`);
  }
  if (typeof value !== 'string') {
    throw new ApiError(400, ErrorCode.bodyInvalid, `${field} must be a string`);
  }
  if (value.length > MAX_NAME_LENGTH) {
    throw new ApiError(
      400,
      ErrorCode.bodyInvalid,
      `${field} is too long (at most ${MAX_NAME_LENGTH} characters)`,
    );
  }
  return value;
}

function remember(names: string[], name: string): void {
  names.push(name);
  if (names.length > 1000) names.shift();
}

export function registerApiRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  void app.register(
    async (api) => {
      api.addHook('onRequest', async (req, reply) => {
        const config = req.routeOptions.config as Partial<RouteConfig>;
        const op = config.operationId ?? 'unknown';
        ctx.stats.total++;
        ctx.stats.byOperation[op] = (ctx.stats.byOperation[op] ?? 0) + 1;
        reply.header('cache-control', 'no-store');
        const faults = ctx.faults;
        if (faults.outage) {
          throw new ApiError(
            503,
            ErrorCode.outage,
            'Simulated outage: the Session Manager is unavailable',
          );
        }
        if (faults.latencyMs > 0) await sleep(faults.latencyMs);
        const token = bearer(req);
        if (token === undefined) {
          reply.header('www-authenticate', 'Bearer realm="horisen"');
          throw new ApiError(
            401,
            ErrorCode.unauthorized,
            'Missing access token: send Authorization: Bearer <token>',
          );
        }
        const grant = token ? ctx.tokens.verify(token) : undefined;
        if (grant === undefined || grant === 'expired') {
          reply.header('www-authenticate', 'Bearer realm="horisen", error="invalid_token"');
          throw new ApiError(
            401,
            ErrorCode.unauthorized,
            grant === 'expired' ? 'The access token has expired' : 'Invalid access token',
          );
        }
        if (config.privilege && !grant.scopes.includes(config.privilege)) {
          throw new ApiError(
            403,
            ErrorCode.forbidden,
            `This operation needs the privilege ${config.privilege}`,
          );
        }
        if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
          throw new ApiError(
            faults.errorStatus,
            faults.errorCode,
            `Simulated error ${faults.errorCode}`,
          );
        }
      });

      const list =
        <T extends { id: number; alive: boolean; slot: number }>(
          collection: Collection<T>,
          serialise: (row: T, now: number, live: boolean) => object,
        ) =>
        async (req: FastifyRequest) => {
          const { path, search } = searchOf(req.url);
          const params = parseRawQuery(search);
          const parsed = parseListQuery(params, collection.resource);
          const query = ctx.faults.ignorePaging
            ? { ...parsed, paging: { all: true as const } }
            : parsed;
          const now = Date.now();
          const live = ctx.store.live;
          const result = runList(collection, query, now, live);
          return {
            data: result.rows.map((row) => serialise(row, now, live)),
            meta: {
              pagination: {
                total: result.total,
                count: result.rows.length,
                per_page: result.perPage,
                current_page: result.page,
                total_pages: result.totalPages,
                links: paginationLinks(
                  `${origin(req)}${path}`,
                  params,
                  query.paging,
                  result.page,
                  result.totalPages,
                ),
              },
            },
          };
        };

      const item =
        <T extends { id: number; alive: boolean; slot: number }>(
          collection: Collection<T>,
          serialise: (row: T, now: number, live: boolean) => object,
          noun: string,
        ) =>
        async (req: FastifyRequest<{ Params: { id: string } }>) => {
          const id = parseId(req.params.id);
          const row = id === null ? undefined : collection.get(id);
          if (!row) {
            throw new ApiError(
              404,
              ErrorCode.notFound,
              `No ${noun} with ID ${quote(req.params.id)}`,
            );
          }
          return serialise(row, Date.now(), ctx.store.live);
        };

      const store = ctx.store;
      api.get(
        '/sess-manager',
        { config: { operationId: 'listCustomerSessions', privilege: PRIVILEGES.customerView } },
        list(store.customers, customerItem),
      );
      api.get(
        '/sess-manager/:id',
        { config: { operationId: 'getCustomerSession', privilege: PRIVILEGES.customerView } },
        item(store.customers, customerItem, 'customer session'),
      );
      api.get(
        '/sess-manager-suppliers',
        { config: { operationId: 'listSupplierSessions', privilege: PRIVILEGES.supplierView } },
        list(store.suppliers, supplierItem),
      );
      api.get(
        '/sess-manager-suppliers/:id',
        { config: { operationId: 'getSupplierSession', privilege: PRIVILEGES.supplierView } },
        item(store.suppliers, supplierItem, 'supplier session'),
      );
      api.put(
        '/customer-connections/:action',
        {
          config: {
            operationId: 'manageCustomerConnections',
            privilege: PRIVILEGES.customerManage,
          },
        },
        async (req: FastifyRequest<{ Params: { action: string } }>, reply: FastifyReply) => {
          if (req.params.action !== 'stop') {
            throw new ApiError(
              400,
              ErrorCode.actionNotSupported,
              `Action ${quote(req.params.action)} is not supported (supported: stop)`,
            );
          }
          const authName = actionName(req.body, 'authName', ErrorCode.authNameRequired);
          store.stopAuthName(authName);
          ctx.stats.actions.stop.count++;
          remember(ctx.stats.actions.stop.names, authName);
          return reply.code(201).send({ authName });
        },
      );
      api.put(
        '/supplier-gates/:action',
        { config: { operationId: 'manageSupplierGates', privilege: PRIVILEGES.supplierManage } },
        async (req: FastifyRequest<{ Params: { action: string } }>, reply: FastifyReply) => {
          if (req.params.action !== 'restart') {
            throw new ApiError(
              400,
              ErrorCode.actionNotSupported,
              `Action ${quote(req.params.action)} is not supported (supported: restart)`,
            );
          }
          const cName = actionName(req.body, 'cName', ErrorCode.cNameRequired);
          store.restartGate(cName);
          ctx.stats.actions.restart.count++;
          remember(ctx.stats.actions.restart.names, cName);
          return reply.code(201).send({ cName });
        },
      );
    },
    { prefix: API_PREFIX },
  );
}
