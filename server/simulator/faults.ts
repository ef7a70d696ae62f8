// Injected faults for the API (latency, random errors, outage, paging ignored) and the token lifetime
// for new tokens.
import { z } from 'zod';

export interface Faults {
  latencyMs: number;
  errorRate: number;
  errorCode: string;
  errorStatus: number;
  outage: boolean;
  /** Lists answer every matching row, whatever page_size asks: a server that ignores paging. */
  ignorePaging: boolean;
  tokenTtlSeconds: number;
}

export const faultsPatchSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000),
    errorRate: z.number().min(0).max(1),
    errorCode: z
      .string()
      .regex(
        /^[A-Z][A-Z0-9_]{0,99}$/,
        'an upper-case code such as SESSION_MANAGER_REDIS_NOT_FOUND',
      ),
    errorStatus: z.number().int().min(400).max(599),
    outage: z.boolean(),
    ignorePaging: z.boolean(),
    tokenTtlSeconds: z.number().int().min(1).max(31_536_000),
    expireTokensNow: z.boolean(),
    revokeTokensNow: z.boolean(),
  })
  .partial()
  .strict();

export type FaultsPatch = z.infer<typeof faultsPatchSchema>;
