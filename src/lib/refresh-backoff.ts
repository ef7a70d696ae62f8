/** The longest wait between two automatic refreshes while the platform keeps failing. */
export const MAX_REFRESH_BACKOFF_MS = 5 * 60_000;

/**
 * When the next automatic refresh runs. Normally after the chosen interval; while the last
 * refresh failed, after half the time since the last good answer (within the interval and
 * MAX_REFRESH_BACKOFF_MS), so a long outage is asked about less and less often.
 */
export function refreshDelayMs(
  intervalMs: number,
  failing: boolean,
  lastGoodAt: number,
  now: number,
): number {
  if (!failing || lastGoodAt <= 0) return intervalMs;
  return Math.min(Math.max(intervalMs, (now - lastGoodAt) / 2), MAX_REFRESH_BACKOFF_MS);
}
