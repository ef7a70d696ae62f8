import type { components } from '../api/schema.gen';

export type CustomerSession = components['schemas']['SmsSession'];
export type SupplierSession = components['schemas']['SmsSessionSupplier'];

/** Value -> count; keys in first-seen order. */
export type Counts = Record<string, number>;

/** Options shared by every aggregation: "now" and the stale threshold are inputs so results are reproducible. */
export interface AggregateOptions {
  /** Epoch ms the staleness is judged against. */
  now: number;
  /** A customer bind whose last tick is older than this is stale. */
  staleAfterMs: number;
  /** Offset of platform time from UTC in ms (platform timestamps carry no zone; UTC by default). */
  platformOffsetMs?: number;
}

/** Shown for a missing owner/state/mode value, so the numbers still add up. */
export const UNKNOWN = '(none)';
