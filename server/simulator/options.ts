// Simulator configuration: defaults, and validation of the environment (one clear line per bad value).
import { z } from 'zod';

export interface SimulatorOptions {
  host: string;
  port: number;
  seed: number;
  customerSessions: number;
  supplierSessions: number;
  live: boolean;
  tokenTtlSeconds: number;
  restartDelayMs: number;
  /** null = clients never rebind after a stop (the frozen default). */
  rebindDelayMs: number | null;
  redirectUris: string[];
  latencyMs: number;
  errorRate: number;
  errorCode: string;
  errorStatus: number;
  outage: boolean;
  logLevel: string;
}

export const DEFAULT_REBIND_DELAY_MS = 20_000;

export function resolveOptions(partial: Partial<SimulatorOptions> = {}): SimulatorOptions {
  const live = partial.live ?? true;
  return {
    host: partial.host ?? '127.0.0.1',
    port: partial.port ?? 4010,
    seed: partial.seed ?? 1,
    customerSessions: partial.customerSessions ?? 2500,
    supplierSessions: partial.supplierSessions ?? 400,
    live,
    tokenTtlSeconds: partial.tokenTtlSeconds ?? 3600,
    restartDelayMs: partial.restartDelayMs ?? 3000,
    rebindDelayMs:
      partial.rebindDelayMs !== undefined
        ? partial.rebindDelayMs
        : live
          ? DEFAULT_REBIND_DELAY_MS
          : null,
    redirectUris: partial.redirectUris ?? [],
    latencyMs: partial.latencyMs ?? 0,
    errorRate: partial.errorRate ?? 0,
    errorCode: partial.errorCode ?? 'SESSION_MANAGER_REDIS_NOT_FOUND',
    errorStatus: partial.errorStatus ?? 500,
    outage: partial.outage ?? false,
    logLevel: partial.logLevel ?? 'warn',
  };
}

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.hash;
  } catch {
    return false;
  }
}

type EnvSpec = { key: keyof SimulatorOptions; schema: z.ZodType; expected: string };

const envSpecs: Record<string, EnvSpec> = {
  SIMULATOR_PORT: { key: 'port', schema: int(0, 65535), expected: 'an integer 0-65535' },
  SIMULATOR_HOST: {
    key: 'host',
    schema: z.string().regex(/^[A-Za-z0-9.:-]{1,253}$/),
    expected: 'a host name or IP address such as 127.0.0.1',
  },
  SIMULATOR_SEED: { key: 'seed', schema: int(0, 2 ** 31 - 1), expected: 'an integer >= 0' },
  SIMULATOR_CUSTOMER_SESSIONS: {
    key: 'customerSessions',
    schema: int(0, 1_000_000),
    expected: 'an integer 0-1000000',
  },
  SIMULATOR_SUPPLIER_SESSIONS: {
    key: 'supplierSessions',
    schema: int(0, 1_000_000),
    expected: 'an integer 0-1000000',
  },
  SIMULATOR_LIVE: { key: 'live', schema: bool, expected: '0 or 1' },
  SIMULATOR_TOKEN_TTL: {
    key: 'tokenTtlSeconds',
    schema: int(1, 31_536_000),
    expected: 'a number of seconds 1-31536000',
  },
  SIMULATOR_RESTART_DELAY_MS: {
    key: 'restartDelayMs',
    schema: int(0, 3_600_000),
    expected: 'milliseconds 0-3600000',
  },
  SIMULATOR_REBIND_DELAY_MS: {
    key: 'rebindDelayMs',
    schema: int(0, 86_400_000),
    expected: 'milliseconds 0-86400000',
  },
  SIMULATOR_REDIRECT_URIS: {
    key: 'redirectUris',
    schema: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().refine(isHttpUrl))),
    expected: 'a comma-separated list of absolute http(s) URLs without #fragment',
  },
  SIMULATOR_LATENCY_MS: {
    key: 'latencyMs',
    schema: int(0, 60_000),
    expected: 'milliseconds 0-60000',
  },
  SIMULATOR_ERROR_RATE: {
    key: 'errorRate',
    schema: z
      .string()
      .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/)
      .transform(Number),
    expected: 'a number from 0 to 1',
  },
  SIMULATOR_ERROR_CODE: {
    key: 'errorCode',
    schema: z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/),
    expected: 'an upper-case code such as SESSION_MANAGER_REDIS_NOT_FOUND',
  },
  SIMULATOR_ERROR_STATUS: {
    key: 'errorStatus',
    schema: int(400, 599),
    expected: 'an HTTP status 400-599',
  },
  SIMULATOR_OUTAGE: { key: 'outage', schema: bool, expected: '0 or 1' },
  LOG_LEVEL: {
    key: 'logLevel',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    expected: 'one of fatal, error, warn, info, debug, trace, silent',
  },
};

/** Reads SIMULATOR_* and LOG_LEVEL; unset or empty means the default. Throws one line naming a bad variable. */
export function simulatorOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SimulatorOptions {
  const partial: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(envSpecs)) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = spec.schema.safeParse(raw.trim());
    if (!parsed.success) {
      throw new Error(`${name} must be ${spec.expected} (got ${JSON.stringify(raw)})`);
    }
    partial[spec.key] = parsed.data;
  }
  return resolveOptions(partial as Partial<SimulatorOptions>);
}
