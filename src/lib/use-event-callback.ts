import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function that keeps its identity for the component's life and calls the latest `fn`: for
 * handlers handed to memoised children, which a fresh closure on every render would re-render.
 * Call it from events and effects, not while rendering (it sees the last committed `fn`).
 */
export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  // Before any layout effect of a child can call it.
  useInsertionEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
