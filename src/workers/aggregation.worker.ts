/// <reference lib="webworker" />
// Fetches `all=yes` lists, parses and aggregates them off the main thread: with 100,000 sessions
// the JSON alone is ~40 MB, and parsing it on the main thread would block it for hundreds of ms.
import { aggregateCustomers } from '../lib/aggregate-customers';
import { matchesDrill } from '../lib/aggregate-filter';
import { aggregateSuppliers } from '../lib/aggregate-suppliers';
import type { CustomerSession, SupplierSession } from '../lib/aggregate-types';
import { wallTotals } from '../lib/aggregate-wall';
import type {
  AggregateRequest,
  DrillRequest,
  Phase,
  WorkerMessage,
  WorkerRequest,
} from './aggregation-protocol';

declare const self: DedicatedWorkerGlobalScope;

const CUSTOMERS_URL = '/api/sess-manager?all=yes';
const SUPPLIERS_URL = '/api/sess-manager-suppliers?all=yes';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const controllers = new Map<number, AbortController>();

/** Each slice a short task for the main thread to receive (see 'drill-rows'). */
const DRILL_ROWS_PER_MESSAGE = 250;

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

interface Loaded<T> {
  rows: T[];
  responseMs: number;
  bodyMs: number;
  parseMs: number;
}

async function load<T>(
  url: string,
  signal: AbortSignal,
  onProgress?: (phase: Phase, done: number, total: number | null) => void,
): Promise<Loaded<T>> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal,
  });
  const responseMs = performance.now();
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw new HttpError(response.status, body);
  }
  // Content-Length counts compressed bytes when the gateway compresses: then no total is known.
  const encoded = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length'));
  const total = !encoded && Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (response.body) {
    const reader = response.body.getReader();
    // At most ~10 progress messages a second: each one is a render on the main thread.
    let lastReport = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      const t = performance.now();
      if (onProgress && t - lastReport > 100) {
        lastReport = t;
        onProgress('fetching', received, total);
      }
    }
  }
  const bodyAt = performance.now();
  onProgress?.('parsing', received, total);
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { data?: unknown };
  const rows = Array.isArray(parsed.data) ? (parsed.data as T[]) : [];
  return { rows, responseMs, bodyMs: bodyAt - responseMs, parseMs: performance.now() - bodyAt };
}

async function aggregate(req: AggregateRequest, signal: AbortSignal): Promise<void> {
  const progress = (phase: Phase, done: number, total: number | null) =>
    post({ type: 'progress', id: req.id, phase, done, total });
  const [customers, suppliers] = await Promise.all([
    load<CustomerSession>(CUSTOMERS_URL, signal, progress),
    // Support agents may see customers only: a 403 on suppliers leaves that half empty.
    load<SupplierSession>(SUPPLIERS_URL, signal).catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 403) return null;
      throw error;
    }),
  ]);
  const start = performance.now();
  const now = Date.now();
  const options = { now, staleAfterMs: req.staleAfterMs, platformOffsetMs: req.platformOffsetMs };
  const c = aggregateCustomers(customers.rows, options, (done, total) =>
    progress('aggregating', done, total),
  );
  const s = aggregateSuppliers(suppliers?.rows ?? []);
  const end = performance.now();
  post({
    type: 'result',
    id: req.id,
    result: {
      customers: c,
      suppliers: s,
      wall: wallTotals(c, s),
      suppliersForbidden: suppliers === null,
      now,
      timings: {
        responseMs: customers.responseMs,
        bodyMs: customers.bodyMs,
        parseMs: customers.parseMs,
        aggregateMs: end - start,
        responseToResultMs: end - customers.responseMs,
        customerSessions: customers.rows.length,
        supplierSessions: suppliers?.rows.length ?? 0,
      },
    },
  });
}

async function drill(req: DrillRequest, signal: AbortSignal): Promise<void> {
  const progress = (phase: Phase, done: number, total: number | null) =>
    post({ type: 'progress', id: req.id, phase, done, total });
  const customers = await load<CustomerSession>(CUSTOMERS_URL, signal, progress);
  const now = Date.now();
  const rows: CustomerSession[] = [];
  let matched = 0;
  for (const s of customers.rows) {
    if (!matchesDrill(s, req.drill, now, req.staleAfterMs, req.platformOffsetMs)) continue;
    matched++;
    if (rows.length < req.limit) rows.push(s);
  }
  for (let i = 0; i < rows.length; i += DRILL_ROWS_PER_MESSAGE) {
    post({ type: 'drill-rows', id: req.id, rows: rows.slice(i, i + DRILL_ROWS_PER_MESSAGE) });
  }
  post({
    type: 'drill-result',
    id: req.id,
    result: { rows: [], matched, total: customers.rows.length, now },
  });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'cancel') {
    controllers.get(req.id)?.abort();
    controllers.delete(req.id);
    return;
  }
  const controller = new AbortController();
  controllers.set(req.id, controller);
  const run =
    req.type === 'aggregate' ? aggregate(req, controller.signal) : drill(req, controller.signal);
  run
    .catch((error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof HttpError) {
        post({
          type: 'error',
          id: req.id,
          status: error.status,
          body: error.body,
          message: error.message,
        });
      } else {
        // A failed fetch (network down) or unparseable body: status 0, as the API client reports it.
        post({ type: 'error', id: req.id, status: 0, body: undefined, message: String(error) });
      }
    })
    .finally(() => controllers.delete(req.id));
};
