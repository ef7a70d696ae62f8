import { useEffect, useState, type ReactNode } from 'react';

/**
 * Mounts its children `order` tasks after the page's own render, each in a task of its own,
 * holding `height` until then: a page with several charts (each measuring itself and rendering
 * twice as it mounts) shows its text at once and the charts one by one, rather than in one long
 * main-thread task.
 */
export function DeferredMount({
  order,
  height,
  children,
}: {
  /** 1 for the first to mount, 2 for the next, …; equal orders mount together. */
  order: number;
  height: number;
  children: ReactNode;
}) {
  const [due, setDue] = useState(0);
  useEffect(() => {
    if (due >= order) return;
    const id = setTimeout(() => setDue((d) => d + 1), 0);
    return () => clearTimeout(id);
  }, [due, order]);
  return due >= order ? children : <div style={{ height }} aria-hidden />;
}
