import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerSession } from '../lib/aggregate-types';
import type { WorkerMessage, WorkerRequest } from './aggregation-protocol';

/** A worker that answers a drill as aggregation.worker.ts does: rows in slices, then the result. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  static slices: CustomerSession[][] = [];
  postMessage(request: WorkerRequest) {
    if (request.type !== 'drill') return;
    const send = (message: WorkerMessage) =>
      queueMicrotask(() => this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>));
    for (const rows of FakeWorker.slices) send({ type: 'drill-rows', id: request.id, rows });
    send({
      type: 'drill-result',
      id: request.id,
      result: { rows: [], matched: 7, total: 9, now: 1 },
    });
  }
  terminate() {}
}

const session = (id: number) => ({ sessionID: id }) as unknown as CustomerSession;

/** A fresh client module (its worker is created on first use) asked for every session. */
async function drill() {
  const { drillInWorker } = await import('./aggregation-client');
  return drillInWorker({ drill: {}, staleAfterMs: 60_000, platformOffsetMs: 0, limit: 2000 });
}

describe('drillInWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('puts the rows that arrive in slices back together, in order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.slices = [[session(1), session(2)], [session(3)]];
    const result = await drill();
    expect(result.rows.map((r) => r.sessionID)).toEqual([1, 2, 3]);
    expect(result).toMatchObject({ matched: 7, total: 9 });
  });

  it('answers a drill that matched nothing with no rows', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.slices = [];
    const result = await drill();
    expect(result.rows).toEqual([]);
  });
});
