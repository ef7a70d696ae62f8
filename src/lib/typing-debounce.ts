/**
 * When a search box sends what was typed: once typing pauses for longer than the typist's own
 * pace suggests. A fixed wait has to suit the slowest typist, so every fast one waits it out after
 * the last key; here the wait follows the gaps between the last few keys (see
 * docs/decisions/003-grid-search-timing.md).
 */
export interface QuietPeriodOptions {
  /** The wait is this many times the longest of the recent gaps between keys. */
  factor: number;
  /** Never less: keeps a burst of keys typed at once (a paste, an IME) one request. */
  minMs: number;
  /** Never more, and the wait before the typist's pace is known. */
  maxMs: number;
  /** How many of the latest gaps count. */
  window: number;
}

export const SEARCH_QUIET_PERIOD: QuietPeriodOptions = {
  factor: 1.5,
  minMs: 40,
  maxMs: 300,
  window: 3,
};

/** How long typing must pause, after a key, before what was typed goes out. */
export function quietPeriodMs(
  gaps: readonly number[],
  options: QuietPeriodOptions = SEARCH_QUIET_PERIOD,
): number {
  const recent = gaps.slice(-options.window);
  if (recent.length === 0) return options.maxMs;
  const wait = Math.round(Math.max(...recent) * options.factor);
  return Math.min(options.maxMs, Math.max(options.minMs, wait));
}

export interface TypingDebounce<T> {
  /** A key was typed and `value` is the text now: it goes out once typing pauses. */
  push(value: T): void;
  /** Nothing goes out for the keys typed so far. */
  cancel(): void;
}

/**
 * Calls `emit` with the latest value once typing has paused for `quietPeriodMs` of the recent
 * gaps. The pace is remembered across searches (the first key of the next word waits as long as
 * the last keys did); a gap longer than `maxMs` is a new start, not a measure of pace, but a
 * shorter pause that let a value out mid-word counts, so the same pause does not do it twice.
 */
export function createTypingDebounce<T>(
  emit: (value: T) => void,
  options: QuietPeriodOptions = SEARCH_QUIET_PERIOD,
  now: () => number = Date.now,
): TypingDebounce<T> {
  const gaps: number[] = [];
  let lastKeyAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    push(value) {
      const at = now();
      if (lastKeyAt !== undefined) {
        const gap = at - lastKeyAt;
        if (gap >= 0 && gap <= options.maxMs) {
          gaps.push(gap);
          if (gaps.length > options.window) gaps.shift();
        }
      }
      lastKeyAt = at;
      stop();
      timer = setTimeout(
        () => {
          timer = undefined;
          emit(value);
        },
        quietPeriodMs(gaps, options),
      );
    },
    cancel: stop,
  };
}
