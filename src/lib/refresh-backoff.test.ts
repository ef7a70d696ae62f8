import { describe, expect, it } from 'vitest';
import { MAX_REFRESH_BACKOFF_MS, refreshDelayMs } from './refresh-backoff';

describe('refreshDelayMs', () => {
  const now = 1_000_000_000;

  it('keeps the chosen interval while refreshes succeed, or before any answer', () => {
    expect(refreshDelayMs(10_000, false, now - 600_000, now)).toBe(10_000);
    expect(refreshDelayMs(10_000, true, 0, now)).toBe(10_000);
  });

  it('waits longer the longer a failure lasts, up to the cap', () => {
    const delays = [5_000, 30_000, 120_000, 3_600_000].map((outage) =>
      refreshDelayMs(10_000, true, now - outage, now),
    );
    expect(delays).toEqual([10_000, 15_000, 60_000, MAX_REFRESH_BACKOFF_MS]);
  });
});
