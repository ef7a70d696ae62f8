import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  abortableSleep,
  clampStagger,
  describeBulkSummary,
  runBulk,
  summarizeBulk,
  type BulkItem,
} from './action-bulk-runner';

describe('runBulk', () => {
  it('runs one at a time, in order, with the stagger between requests', async () => {
    const log: string[] = [];
    let inFlight = 0;
    const sleeps: number[] = [];
    const items = await runBulk(
      ['a', 'b', 'c'],
      async (t) => {
        inFlight++;
        expect(inFlight).toBe(1);
        log.push(`start ${t}`);
        await Promise.resolve();
        log.push(`end ${t}`);
        inFlight--;
      },
      {
        staggerMs: 250,
        sleep: async (ms) => {
          sleeps.push(ms);
          log.push(`sleep ${ms}`);
        },
      },
    );
    expect(log).toEqual([
      'start a',
      'end a',
      'sleep 250',
      'start b',
      'end b',
      'sleep 250',
      'start c',
      'end c',
    ]);
    expect(items.map((i) => i.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
  });

  it('records failures with their reason and carries on', async () => {
    const boom = new Error('SESSION_MANAGER_REDIS_NOT_FOUND');
    const items = await runBulk(
      ['a', 'b', 'c'],
      async (t) => {
        if (t === 'b') throw boom;
      },
      { staggerMs: 0, sleep: async () => {} },
    );
    expect(items.map((i) => i.status)).toEqual(['succeeded', 'failed', 'succeeded']);
    expect(items[1]?.error).toBe(boom);
    expect(describeBulkSummary(summarizeBulk(items))).toBe('2 of 3 succeeded, 1 failed');
  });

  it('stops before the next target when cancelled, keeping the in-flight result', async () => {
    const controller = new AbortController();
    const updates: (readonly BulkItem<string>[])[] = [];
    const items = await runBulk(
      ['a', 'b', 'c', 'd'],
      async (t) => {
        // Cancelled while b is on the wire: b still completes and is reported.
        if (t === 'b') controller.abort();
      },
      {
        staggerMs: 1000,
        signal: controller.signal,
        sleep: async () => {},
        onUpdate: (i) => updates.push(i),
      },
    );
    expect(items.map((i) => i.status)).toEqual([
      'succeeded',
      'succeeded',
      'cancelled',
      'cancelled',
    ]);
    expect(summarizeBulk(items)).toMatchObject({ succeeded: 2, cancelled: 2, total: 4 });
    expect(updates.at(-1)).toEqual(items);
    // Progress went through "running" for each started item.
    expect(updates.some((u) => u[1]?.status === 'running')).toBe(true);
  });

  it('sends nothing when cancelled before the start', async () => {
    const controller = new AbortController();
    controller.abort();
    const perform = vi.fn(async () => {});
    const items = await runBulk(['a', 'b'], perform, {
      staggerMs: 0,
      signal: controller.signal,
    });
    expect(perform).not.toHaveBeenCalled();
    expect(items.map((i) => i.status)).toEqual(['cancelled', 'cancelled']);
  });
});

describe('abortableSleep with fake timers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits the stagger, and a cancel during the wait ends it at once', async () => {
    const controller = new AbortController();
    const performed: string[] = [];
    const run = runBulk(
      ['a', 'b', 'c'],
      async (t) => {
        performed.push(t);
      },
      { staggerMs: 5000, signal: controller.signal },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(performed).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(4999);
    expect(performed).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(performed).toEqual(['a', 'b']);
    controller.abort();
    const items = await run;
    expect(performed).toEqual(['a', 'b']);
    expect(items.map((i) => i.status)).toEqual(['succeeded', 'succeeded', 'cancelled']);
  });

  it('resolves immediately for an already-aborted signal', async () => {
    const c = new AbortController();
    c.abort();
    await expect(abortableSleep(10_000, c.signal)).resolves.toBeUndefined();
  });
});

describe('clampStagger', () => {
  it('keeps the stagger within bounds and falls back on junk', () => {
    expect(clampStagger(-5)).toBe(0);
    expect(clampStagger(10_000_000)).toBe(60_000);
    expect(clampStagger(Number.NaN)).toBe(500);
    expect(clampStagger('300')).toBe(500);
    expect(clampStagger(249.6)).toBe(250);
  });
});
