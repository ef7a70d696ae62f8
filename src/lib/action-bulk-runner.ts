// Runs one action per target, strictly one after another with a pause between them, so a bulk
// stop never hits the platform as a burst. Cancelling stops before the next target: a request
// already sent cannot be taken back, so its real result is still waited for and recorded.

export type BulkItemStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface BulkItem<T> {
  target: T;
  status: BulkItemStatus;
  error?: unknown;
  finishedAt?: number;
}

export interface BulkSummary {
  total: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  pending: number;
  running: number;
}

export interface BulkOptions<T> {
  /** Pause between the end of one request and the start of the next. */
  staggerMs: number;
  signal?: AbortSignal;
  /** Called with a fresh array after every change, for progress display. */
  onUpdate?: (items: readonly BulkItem<T>[]) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

/** Resolves after `ms`, or at once when the signal aborts (never rejects). */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export const MIN_STAGGER_MS = 0;
export const MAX_STAGGER_MS = 60_000;
export const DEFAULT_STAGGER_MS = 500;

export function clampStagger(ms: unknown): number {
  const n = typeof ms === 'number' && Number.isFinite(ms) ? Math.round(ms) : DEFAULT_STAGGER_MS;
  return Math.min(MAX_STAGGER_MS, Math.max(MIN_STAGGER_MS, n));
}

export async function runBulk<T>(
  targets: readonly T[],
  perform: (target: T) => Promise<void>,
  options: BulkOptions<T>,
): Promise<BulkItem<T>[]> {
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const signal = options.signal;
  let items: BulkItem<T>[] = targets.map((target) => ({ target, status: 'pending' }));
  const set = (index: number, patch: Partial<BulkItem<T>>) => {
    items = items.map((item, i) => (i === index ? { ...item, ...patch } : item));
    options.onUpdate?.(items);
  };
  options.onUpdate?.(items);

  for (let i = 0; i < targets.length; i++) {
    if (i > 0) await sleep(clampStagger(options.staggerMs), signal);
    if (signal?.aborted) {
      items = items.map((item) =>
        item.status === 'pending' ? { ...item, status: 'cancelled' } : item,
      );
      options.onUpdate?.(items);
      break;
    }
    set(i, { status: 'running' });
    try {
      await perform(targets[i] as T);
      set(i, { status: 'succeeded', finishedAt: now() });
    } catch (error) {
      set(i, { status: 'failed', error, finishedAt: now() });
    }
  }
  return items;
}

export function summarizeBulk(items: readonly BulkItem<unknown>[]): BulkSummary {
  const summary: BulkSummary = {
    total: items.length,
    succeeded: 0,
    failed: 0,
    cancelled: 0,
    pending: 0,
    running: 0,
  };
  for (const item of items) summary[item.status]++;
  return summary;
}

/** "2 of 3 succeeded, 1 failed" — the line a screen reader announces at the end. */
export function describeBulkSummary(s: BulkSummary): string {
  const parts = [`${s.succeeded} of ${s.total} succeeded`];
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.cancelled) parts.push(`${s.cancelled} cancelled`);
  if (s.running) parts.push(`${s.running} running`);
  if (s.pending) parts.push(`${s.pending} waiting`);
  return parts.join(', ');
}
