import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { SearchBox } from './search-box';

interface Sent {
  q: string;
  signal: AbortSignal;
}

function setup(value = '') {
  const sent: Sent[] = [];
  const pending: boolean[] = [];
  const onChange = (q: string, signal: AbortSignal) => sent.push({ q, signal });
  const onPendingChange = (p: boolean) => pending.push(p);
  const ui = (v: string) => (
    <MantineProvider>
      <SearchBox
        value={v}
        onChange={onChange}
        onPendingChange={onPendingChange}
        placeholder="Name…"
      />
    </MantineProvider>
  );
  const view = render(ui(value));
  const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' });
  /** Types `text` after what is there, one key per `gapMs`. */
  const type = (text: string, gapMs = 40) => {
    for (const ch of text) {
      fireEvent.change(box, { target: { value: box.value + ch } });
      act(() => vi.advanceTimersByTime(gapMs));
    }
  };
  return { sent, pending, box, type, rerender: (v: string) => view.rerender(ui(v)) };
}

describe('SearchBox', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a word typed at 40 ms per key once, and reports it pending until its answer', () => {
    const { sent, pending, type, rerender, box } = setup();
    type('vandel');
    act(() => vi.advanceTimersByTime(300));
    expect(sent.map((s) => s.q)).toEqual(['vandel']);
    expect(pending.at(-1)).toBe(true);
    rerender('vandel');
    expect(pending.at(-1)).toBe(false);
    expect(box.value).toBe('vandel');
    expect(sent[0]?.signal.aborted).toBe(false);
  });

  it('aborts a search as soon as another key is typed', () => {
    const { sent, type } = setup();
    type('van', 40);
    act(() => vi.advanceTimersByTime(300));
    expect(sent.map((s) => s.q)).toEqual(['van']);
    type('d');
    expect(sent[0]?.signal.aborted).toBe(true);
    act(() => vi.advanceTimersByTime(300));
    expect(sent.map((s) => s.q)).toEqual(['van', 'vand']);
    expect(sent[1]?.signal.aborted).toBe(false);
  });

  it('keeps keys typed after a search when its answer comes back', () => {
    const { sent, pending, type, rerender, box } = setup();
    type('van');
    act(() => vi.advanceTimersByTime(300));
    type('d', 0);
    rerender('van');
    expect(box.value).toBe('vand');
    expect(pending.at(-1)).toBe(true);
    act(() => vi.advanceTimersByTime(300));
    expect(sent.map((s) => s.q)).toEqual(['van', 'vand']);
  });

  it('takes a value from outside, dropping what was typed and sent', () => {
    const { sent, pending, type, rerender, box } = setup('acme');
    type('x');
    rerender('globex');
    expect(box.value).toBe('globex');
    expect(pending.at(-1)).toBe(false);
    act(() => vi.advanceTimersByTime(1_000));
    expect(sent).toEqual([]);
  });

  it('clears at once, aborting a search still out', () => {
    const { sent, type, box } = setup('acme');
    type('s');
    act(() => vi.advanceTimersByTime(300));
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(sent.map((s) => s.q)).toEqual(['acmes', '']);
    expect(sent[0]?.signal.aborted).toBe(true);
    expect(box.value).toBe('');
  });
});
