import { useEffect, useState } from 'react';

/**
 * `flag`, but turning true only once it has stayed true for `delayMs` (and false at once): for a
 * loading state that a quick answer should never show.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [late, setLate] = useState(false);
  // A new wait starts from "not yet": reset while rendering, not a frame later in an effect.
  if (!flag && late) setLate(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && late;
}
