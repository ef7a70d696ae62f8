import { useCallback, useSyncExternalStore } from 'react';
import type { Progress } from './aggregation-client';

// Worker progress per query, outside React Query (whose query functions must depend on their key
// only): the query function reports here, the component subscribes by the same key.

const values = new Map<string, Progress | null>();
const listeners = new Set<() => void>();

export function reportProgress(key: string, progress: Progress | null): void {
  values.set(key, progress);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useProgress(key: string): Progress | null {
  const get = useCallback(() => values.get(key) ?? null, [key]);
  return useSyncExternalStore(subscribe, get, get);
}
