import { useSyncExternalStore } from 'react';
import { serverRender } from '../lib/server-render';

// One shared clock for every "12 s ago" on screen: a single interval, and only while something
// shows a relative time.

const TICK_MS = 1000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function tick() {
  // Stopped on a tick rather than when the last reader leaves: a page change unmounts one page's
  // time cells right before the next page's subscribe, and a restarted clock (a new `now`) would
  // render every new cell a second time.
  if (listeners.size === 0 && timer) {
    clearInterval(timer);
    timer = null;
    return;
  }
  now = Date.now();
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
  };
}

/**
 * What `derive` makes of the shared clock ("12 s ago", whether a bind is stale): the component
 * re-renders only when that result changes, not on every tick. A page of "19 d ago" cells then
 * costs nothing per second, where re-rendering them all made ticks into long tasks while scrolling.
 */
export function useClockValue<T extends string | number | boolean | null>(
  derive: (now: number) => T,
): T {
  return useSyncExternalStore(
    subscribe,
    () => derive(now),
    () => derive(serverRender()?.now ?? now),
  );
}

const itself = (now: number) => now;

/** The clock itself: for a view that changes with every tick. */
export function useNow(): number {
  return useClockValue(itself);
}
