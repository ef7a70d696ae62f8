import { useDeferredValue, type ReactNode, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

const INITIAL_RECT = { width: 1280, height: 720 };

/**
 * Renders only the rows in view (plus overscan) between two spacer rows, so a 500-row page stays
 * a native table with aligned columns. Loaded only when a page is large enough to need it.
 */
export function VirtualRows({
  count,
  rowHeight,
  colSpan,
  scrollRef,
  getKey,
  renderRow,
}: {
  count: number;
  rowHeight: number;
  colSpan: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  getKey: (index: number) => string;
  renderRow: (index: number) => ReactNode;
}) {
  // This build does not use the React Compiler, so the virtualizer's unmemoizable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: getKey,
    overscan: 16,
    // Until the scroller is measured (on the server, which has none, and so while hydrating):
    // a typical viewport's worth of rows rather than none.
    initialRect: INITIAL_RECT,
  });
  // Rows scrolling into view render in a deferred pass, which React splits into short slices, so
  // a quick flick never holds the main thread for one long task; the overscan covers the moment
  // until they are in.
  const items = useDeferredValue(virtualizer.getVirtualItems());
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start : 0;
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  return (
    <>
      {padTop > 0 && (
        <tr aria-hidden style={{ height: padTop }}>
          <td colSpan={colSpan} />
        </tr>
      )}
      {items.map((item) => renderRow(item.index))}
      {padBottom > 0 && (
        <tr aria-hidden style={{ height: padBottom }}>
          <td colSpan={colSpan} />
        </tr>
      )}
    </>
  );
}
