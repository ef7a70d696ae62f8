// Simulator-only control: faults, reset, stats, and adding sessions with chosen fields (outside the API path).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { emptyStats, faultsOff, type SimulatorContext } from './context';
import { ApiError, ErrorCode } from './errors';
import { faultsPatchSchema } from './faults';
import { OWNERS } from './population';
import { customerItem, supplierItem, type Tick } from './sessions';

const text = (max = 500) => z.string().max(max);
const int = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

const tickFields = {
  /** How long ago the last tick was; 60 s or more makes the session hung (its tick does not advance). */
  lastTickAgeSeconds: z
    .number()
    .int()
    .min(0)
    .max(30 * 86_400)
    .optional(),
  startedSecondsAgo: z
    .number()
    .int()
    .min(0)
    .max(365 * 86_400)
    .optional(),
};

const customerSchema = z
  .object({
    customer: text(),
    accountName: text().nullable(),
    accountID: int,
    ipAddr: text(),
    serverAddr: text().nullable(),
    blocked: z.boolean(),
    authName: text(),
    protocol: text(),
    protocolVersion: text(),
    mode: text(),
    state: text(),
    ownerId: int,
    ownerBpName: text(),
    ownerBpBriefName: text(),
  })
  .partial()
  .extend(tickFields)
  .strict();

const supplierSchema = z
  .object({
    gateID: int,
    connID: int,
    instNum: int,
    sessionType: text(),
    status: text(),
    protocolVersion: text(),
    supplier: text(),
    gateName: text(),
    connectionName: text(),
    remoteHost: text(),
    remotePort: int,
    localHost: text(),
    localPort: int,
    gateCName: text(),
    connectionCName: text(),
    ownerId: int,
    ownerBpName: text(),
    ownerBpBriefName: text(),
  })
  .partial()
  .extend(tickFields)
  .strict();

const resetSchema = z
  .object({
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    customerSessions: z.number().int().min(0).max(1_000_000),
    supplierSessions: z.number().int().min(0).max(1_000_000),
  })
  .partial()
  .strict();

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw new ApiError(
      400,
      ErrorCode.controlInvalid,
      `Invalid ${where}: ${issue?.message ?? 'bad value'}`,
    );
  }
  return parsed.data;
}

function tickFor(ageSeconds: number | undefined, now: number): Tick {
  const ageMs = (ageSeconds ?? 2) * 1000;
  const hung = ageMs >= 60_000;
  return {
    ageMs,
    hung,
    periodMs: 10_000,
    phaseMs: (10_000 - (ageMs % 10_000)) % 10_000,
    hungAtMs: now - ageMs,
  };
}

export function registerControlRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  void app.register(
    async (control) => {
      control.get('/faults', async () => ctx.faults);
      control.put('/faults', async (req) => {
        const patch = parseBody(faultsPatchSchema, req.body);
        const { expireTokensNow, revokeTokensNow, ...rest } = patch;
        Object.assign(ctx.faults, rest);
        if (revokeTokensNow) return { ...ctx.faults, revokedTokens: ctx.tokens.revokeAll() };
        const expiredTokens = expireTokensNow ? ctx.tokens.expireAll() : 0;
        return { ...ctx.faults, ...(expireTokensNow ? { expiredTokens } : {}) };
      });
      control.post('/reset', async (req) => {
        const body = parseBody(resetSchema, req.body);
        ctx.store.generate(body);
        Object.assign(ctx.faults, faultsOff(ctx.options));
        ctx.stats = emptyStats();
        return {
          faults: ctx.faults,
          customerSessions: ctx.store.customers.size,
          supplierSessions: ctx.store.suppliers.size,
        };
      });
      control.get('/stats', async () => ({
        ...ctx.stats,
        population: {
          customerSessions: ctx.store.customers.size,
          supplierSessions: ctx.store.suppliers.size,
          customerVersion: ctx.store.customers.version,
          supplierVersion: ctx.store.suppliers.version,
        },
      }));
      control.post('/customer-sessions', async (req, reply) => {
        const body = parseBody(customerSchema, req.body);
        const now = Date.now();
        const owner = OWNERS[0] as (typeof OWNERS)[number];
        const { lastTickAgeSeconds, startedSecondsAgo, ...fields } = body;
        const tick = tickFor(lastTickAgeSeconds, now);
        const row = ctx.store.addCustomer({
          customer: 'Test Customer',
          accountName: 'Test Customer OTP',
          accountID: 99_999,
          ipAddr: '192.0.2.250',
          serverAddr: 'smpp-01.example.net:2775',
          blocked: false,
          authName: 'test_customer_1',
          protocol: 'SMPP',
          protocolVersion: '3.4',
          mode: 'TRX',
          state: 'BOUND',
          ...owner,
          ...fields,
          startMs: now - Math.max((startedSecondsAgo ?? 60) * 1000, tick.ageMs),
          tick,
        });
        return reply.code(201).send(customerItem(row, now, ctx.store.live));
      });
      control.post('/supplier-sessions', async (req, reply) => {
        const body = parseBody(supplierSchema, req.body);
        const now = Date.now();
        const owner = OWNERS[0] as (typeof OWNERS)[number];
        const { lastTickAgeSeconds, startedSecondsAgo, ...fields } = body;
        const tick = tickFor(lastTickAgeSeconds, now);
        const row = ctx.store.addSupplier({
          gateID: 9_999,
          connID: 99_999,
          instNum: 1,
          sessionType: 'TRX',
          status: 'BOUND',
          protocolVersion: '3.4',
          supplier: 'Test Supplier',
          gateName: 'Test Supplier Gate',
          connectionName: 'Test Supplier Gate #1',
          remoteHost: '203.0.113.250',
          remotePort: 2775,
          localHost: 'smpp-gw-01.example.net',
          localPort: 40_000,
          gateCName: 'test_supplier_gate',
          connectionCName: 'test_supplier_gate_1',
          ...owner,
          ...fields,
          startMs: now - Math.max((startedSecondsAgo ?? 60) * 1000, tick.ageMs),
          tick,
        });
        return reply.code(201).send(supplierItem(row, now, ctx.store.live));
      });
    },
    { prefix: '/_simulator' },
  );
}
