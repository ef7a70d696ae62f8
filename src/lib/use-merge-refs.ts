import type { Ref } from 'react';
import { useMergedRef } from '@mantine/hooks';

/**
 * Stands in for `useMergeRefs` of @floating-ui/react inside Mantine's ScrollArea (see
 * vite.config.ts): the one helper ScrollArea takes from that package, which otherwise pulls all of
 * floating-ui into the chunk of every dialog that scrolls with ScrollArea.
 */
export function useMergeRefs<T>(refs: (Ref<T> | undefined)[]): (node: T | null) => void {
  return useMergedRef<T>(...refs);
}
