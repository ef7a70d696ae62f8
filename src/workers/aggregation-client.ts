import { errorFromBody, networkError } from '../api/api-error';
import type {
  AggregateRequest,
  AggregateResult,
  DrillRequest,
  DrillResult,
  Phase,
  WorkerMessage,
} from './aggregation-protocol';

export interface Progress {
  phase: Phase;
  done: number;
  total: number | null;
}

type Pending = {
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
  onProgress?: (p: Progress) => void;
  /** A drill's rows received so far. */
  rows?: DrillResult['rows'];
};

// One worker for the whole app, created on first use; requests are told apart by id.
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./aggregation.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.({ phase: msg.phase, done: msg.done, total: msg.total });
      return;
    }
    if (msg.type === 'drill-rows') {
      (p.rows ??= []).push(...msg.rows);
      return;
    }
    pending.delete(msg.id);
    if (msg.type === 'error') {
      p.reject(msg.status === 0 ? networkError(msg.message) : errorFromBody(msg.status, msg.body));
    } else if (msg.type === 'result') {
      // For `npm run bench` and the browser's performance panel: how long the worker took.
      performance.mark('aggregation-result', { detail: msg.result.timings });
      p.resolve(msg.result as never);
    } else {
      p.resolve({ ...msg.result, rows: p.rows ?? [] } as never);
    }
  };
  worker.onerror = (event) => {
    // The worker itself failed (e.g. its script did not load): fail everything waiting on it.
    for (const [id, p] of pending) {
      p.reject(networkError(event.message));
      pending.delete(id);
    }
    worker?.terminate();
    worker = null;
  };
  return worker;
}

type Body<R> = R extends { id: number } ? Omit<R, 'id'> : never;

function call<T>(
  request: Body<AggregateRequest> | Body<DrillRequest>,
  signal?: AbortSignal,
  onProgress?: (p: Progress) => void,
): Promise<T> {
  const id = nextId++;
  const w = getWorker();
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: never) => void, reject, onProgress });
    signal?.addEventListener('abort', () => {
      if (!pending.delete(id)) return;
      w.postMessage({ type: 'cancel', id });
      reject(new DOMException('Aborted', 'AbortError'));
    });
    // With 'aggregation-result', brackets the job for `npm run bench` and the performance panel.
    performance.mark('aggregation-start');
    w.postMessage({ ...request, id });
  });
}

/** Every customer and supplier session (`all=yes`), aggregated in the worker. */
export function aggregateInWorker(
  options: { staleAfterMs: number; platformOffsetMs: number },
  signal?: AbortSignal,
  onProgress?: (p: Progress) => void,
): Promise<AggregateResult> {
  return call<AggregateResult>({ type: 'aggregate', ...options }, signal, onProgress);
}

/** Customer sessions matching a drill-down, filtered in the worker over `all=yes`. */
export function drillInWorker(
  request: Omit<DrillRequest, 'id' | 'type'>,
  signal?: AbortSignal,
  onProgress?: (p: Progress) => void,
): Promise<DrillResult> {
  return call<DrillResult>({ type: 'drill', ...request }, signal, onProgress);
}
