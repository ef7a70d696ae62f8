import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../../lib/grid-prefs';
import classes from './column-resize-handle.module.css';

const KEY_STEP = 16;

/**
 * The drag handle on a header cell's right edge. It is also a focusable separator, so the width
 * can be changed with the arrow keys (Shift for bigger steps) and read by assistive technology.
 */
export function ColumnResizeHandle({
  label,
  width,
  onResizeStart,
  onResize,
}: {
  label: string;
  /** The set width; undefined while the browser sizes the column to its content. */
  width: number | undefined;
  /** Called as a resize begins, with the header cell; returns the column's width to start from. */
  onResizeStart: (th: HTMLTableCellElement) => number;
  onResize: (width: number) => void;
}) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const [resizing, setResizing] = useState(false);
  // While the browser sizes the column, the separator reports the width measured when it is
  // reached (focus or pointer). Measuring on every size change instead (a ResizeObserver per
  // header) re-rendered every handle, with a forced layout, each time rows scrolled into view.
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  const measure = (el: HTMLElement) => {
    const th = el.closest('th');
    if (th && width === undefined) setMeasured(Math.round(th.getBoundingClientRect().width));
  };
  const current = Math.round(
    Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width ?? measured ?? 0)),
  );

  const start = (el: HTMLElement) => {
    const th = el.closest('th');
    return th ? onResizeStart(th) : current;
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    // No text selection or sort click while dragging.
    e.preventDefault();
    e.stopPropagation();
    drag.current = { x: e.clientX, width: start(e.currentTarget) };
    setResizing(true);
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.width + e.clientX - drag.current.x);
  };
  const onPointerEnd = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    setResizing(false);
    if (e.currentTarget.hasPointerCapture(e.pointerId)) {
      e.currentTarget.releasePointerCapture(e.pointerId);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const direction = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (direction === 0) return;
    e.preventDefault();
    onResize(start(e.currentTarget) + direction * (e.shiftKey ? KEY_STEP * 4 : KEY_STEP));
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label} column`}
      aria-valuenow={current}
      aria-valuemin={MIN_COLUMN_WIDTH}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className={classes.handle}
      data-resizing={resizing}
      onFocus={(e) => measure(e.currentTarget)}
      onPointerEnter={(e) => measure(e.currentTarget)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
