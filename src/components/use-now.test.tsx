import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useClockValue, useNow } from './use-now';

afterEach(() => {
  cleanup();
  // The clock is shared by the module: let it stop (on its next tick) before the next test.
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
});

function Cell({ id, log }: { id: string; log: [string, number][] }) {
  log.push([id, useNow()]);
  return null;
}

function Page({ ids, log }: { ids: string[]; log: [string, number][] }) {
  return ids.map((id) => <Cell key={id} id={id} log={log} />);
}

describe('useNow', () => {
  it('renders a new page of time cells once when it replaces the previous page', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
    const log: [string, number][] = [];
    const { rerender } = render(<Page ids={['a', 'b']} log={log} />);
    vi.setSystemTime(new Date('2026-12-01T10:00:00.400Z'));
    log.length = 0;
    rerender(<Page ids={['c', 'd']} log={log} />);
    // The clock keeps running across the swap: no restarted, newer "now" renders them again.
    expect(log.map(([id]) => id)).toEqual(['c', 'd']);
  });

  it('ticks every second for what shows it, and reads a fresh time after a pause', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
    const log: [string, number][] = [];
    const first = render(<Page ids={['a']} log={log} />);
    act(() => vi.advanceTimersByTime(1000));
    expect(log.at(-1)).toEqual(['a', Date.parse('2026-12-01T10:00:01Z')]);
    first.unmount();
    // Nothing shows a time: the clock stops on its next tick and stays stopped.
    act(() => vi.advanceTimersByTime(5000));
    expect(vi.getTimerCount()).toBe(0);
    log.length = 0;
    render(<Page ids={['b']} log={log} />);
    expect(log.at(-1)).toEqual(['b', Date.parse('2026-12-01T10:00:06Z')]);
  });

  it('re-renders a derived value only when it changes, not on every tick', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
    const started = Date.parse('2026-11-30T10:00:00Z');
    const shown: string[] = [];
    function Since() {
      const text = useClockValue((now) => `${Math.floor((now - started) / 86_400_000)} d`);
      shown.push(text);
      return null;
    }
    render(<Since />);
    act(() => vi.advanceTimersByTime(5000));
    expect(shown).toEqual(['1 d']);
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    act(() => vi.advanceTimersByTime(1000));
    expect(shown).toEqual(['1 d', '2 d']);
  });
});
