import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTypingDebounce, quietPeriodMs, SEARCH_QUIET_PERIOD } from './typing-debounce';

describe('quietPeriodMs', () => {
  it('waits the longest wait before the pace is known', () => {
    expect(quietPeriodMs([])).toBe(SEARCH_QUIET_PERIOD.maxMs);
  });

  it('waits one and a half times the longest of the last three gaps', () => {
    expect(quietPeriodMs([40, 40, 40])).toBe(60);
    expect(quietPeriodMs([200, 40, 50, 44])).toBe(75);
  });

  it('stays between the bounds', () => {
    expect(quietPeriodMs([5, 5])).toBe(SEARCH_QUIET_PERIOD.minMs);
    expect(quietPeriodMs([250])).toBe(SEARCH_QUIET_PERIOD.maxMs);
  });
});

describe('createTypingDebounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Types `word` one key per `gapMs`, then lets `afterMs` pass. */
  function type(debounce: { push(v: string): void }, word: string, gapMs: number, afterMs = 0) {
    for (let i = 1; i <= word.length; i++) {
      debounce.push(word.slice(0, i));
      vi.advanceTimersByTime(i < word.length ? gapMs : afterMs);
    }
  }

  it('sends a word typed at 40 ms per key once, 60 ms after the last key', () => {
    const sent: string[] = [];
    const debounce = createTypingDebounce((v: string) => sent.push(v));
    type(debounce, 'vandel', 40, 59);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['vandel']);
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual(['vandel']);
  });

  it('sends one uneven key after another once, at the pace of the slowest recent gap', () => {
    const sent: string[] = [];
    const debounce = createTypingDebounce((v: string) => sent.push(v));
    for (const [i, gap] of [50, 45, 70, 48, 52].entries()) {
      debounce.push('europe'.slice(0, i + 1));
      vi.advanceTimersByTime(gap);
    }
    debounce.push('europe');
    vi.advanceTimersByTime(104);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['europe']);
  });

  it('remembers the pace: the next word, from its first key, waits as the last keys did', () => {
    const sent: string[] = [];
    const debounce = createTypingDebounce((v: string) => sent.push(v));
    type(debounce, 'alerts', 40, 2_000);
    type(debounce, 'nordic', 40, 60);
    expect(sent).toEqual(['alerts', 'nordic']);
  });

  it('waits the longest wait for the first key of all, then follows the typist', () => {
    const sent: string[] = [];
    const debounce = createTypingDebounce((v: string) => sent.push(v));
    debounce.push('a');
    vi.advanceTimersByTime(SEARCH_QUIET_PERIOD.maxMs - 1);
    expect(sent).toEqual([]);
    debounce.push('ab');
    vi.advanceTimersByTime(SEARCH_QUIET_PERIOD.maxMs);
    expect(sent).toEqual(['ab']);
  });

  it('waits up to the longest wait for a slow typist, and sends each word once', () => {
    const sent: string[] = [];
    const debounce = createTypingDebounce((v: string) => sent.push(v));
    type(debounce, 'acme', 250, 299);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['acme']);
  });

  it('after a pause that let part of a word out, the same pause lets nothing out', () => {
    const sent: string[] = [];
    const debounce = createTypingDebounce((v: string) => sent.push(v));
    type(debounce, 'ale', 40, 100);
    expect(sent).toEqual(['ale']);
    debounce.push('aler');
    vi.advanceTimersByTime(100);
    debounce.push('alert');
    vi.advanceTimersByTime(40);
    debounce.push('alerts');
    vi.advanceTimersByTime(149);
    expect(sent).toEqual(['ale']);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['ale', 'alerts']);
  });

  it('sends nothing once cancelled', () => {
    const sent: string[] = [];
    const debounce = createTypingDebounce((v: string) => sent.push(v));
    type(debounce, 'acme', 40);
    debounce.cancel();
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual([]);
  });
});
