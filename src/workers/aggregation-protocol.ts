import type { CustomerBreakdown } from '../lib/aggregate-customers';
import type { CustomerDrill } from '../lib/aggregate-filter';
import type { SupplierBreakdown } from '../lib/aggregate-suppliers';
import type { CustomerSession } from '../lib/aggregate-types';
import type { WallTotals } from '../lib/aggregate-wall';

// Messages between the main thread and aggregation.worker.ts.

export interface AggregateRequest {
  type: 'aggregate';
  id: number;
  staleAfterMs: number;
  /** Platform time's offset from UTC, computed on the main thread from the zone setting. */
  platformOffsetMs: number;
}

export interface DrillRequest {
  type: 'drill';
  id: number;
  drill: CustomerDrill;
  staleAfterMs: number;
  platformOffsetMs: number;
  /** Stop after this many matches (the list shows no more); the count is still exact. */
  limit: number;
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type WorkerRequest = AggregateRequest | DrillRequest | CancelRequest;

export type Phase = 'fetching' | 'parsing' | 'aggregating';

export interface Timings {
  /** performance.now() in the worker when the response headers of the customer list arrived. */
  responseMs: number;
  /** Body fully read, parsed, aggregated (durations in ms). */
  bodyMs: number;
  parseMs: number;
  aggregateMs: number;
  /** From the customer response arriving to the result being ready. */
  responseToResultMs: number;
  customerSessions: number;
  supplierSessions: number;
}

export interface AggregateResult {
  customers: CustomerBreakdown;
  suppliers: SupplierBreakdown;
  wall: WallTotals;
  /** The user lacks the supplier view privilege: supplier figures are empty, not zero. */
  suppliersForbidden: boolean;
  /** Epoch ms the stale counts were judged against. */
  now: number;
  timings: Timings;
}

export interface DrillResult {
  rows: CustomerSession[];
  matched: number;
  total: number;
  now: number;
}

export type WorkerMessage =
  | { type: 'progress'; id: number; phase: Phase; done: number; total: number | null }
  | { type: 'result'; id: number; result: AggregateResult }
  // A drill's rows come in slices before its result (whose own `rows` is then empty): received
  // in one message, 2,000 rows held the main thread ~40 ms.
  | { type: 'drill-rows'; id: number; rows: CustomerSession[] }
  | { type: 'drill-result'; id: number; result: DrillResult }
  | { type: 'error'; id: number; status: number; body: unknown; message: string };
