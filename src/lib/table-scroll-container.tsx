import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react';

interface TableScrollContainerProps extends ComponentPropsWithoutRef<'div'> {
  minWidth: number | string;
  maxHeight?: number | string;
  /** Always 'native' here. */
  type?: 'native' | 'scrollarea';
  scrollAreaProps?: unknown;
}

const rem = (value: number | string | undefined) =>
  typeof value === 'number' ? `calc(${value / 16}rem * var(--mantine-scale))` : value;

/**
 * Stands in for Mantine's Table.ScrollContainer in the build (see vite.config.ts): its default
 * type wraps the table in ScrollArea, and because Table.mjs attaches the container to every Table,
 * ScrollArea's 15 kB would sit in the first bundle of a page that never scrolls a table with it.
 * This is the container's `type="native"`: Mantine's markup, classes (Table.css, @mantine/core
 * 9.7.3) and variables, with the browser's own scrollbars.
 */
export const TableScrollContainer = forwardRef<HTMLDivElement, TableScrollContainerProps>(
  function TableScrollContainer(
    {
      minWidth,
      maxHeight,
      type: _type,
      scrollAreaProps: _scrollAreaProps,
      className,
      style,
      children,
      ...others
    },
    ref,
  ) {
    const vars = {
      '--table-min-width': rem(minWidth),
      '--table-max-height': rem(maxHeight),
      '--table-overflow': 'auto',
    } as CSSProperties;
    return (
      <div
        ref={ref}
        style={{ ...vars, ...style }}
        className={`m_a100c15 mantine-TableScrollContainer-scrollContainer${className ? ` ${className}` : ''}`}
        {...others}
      >
        <div className="m_62259741 mantine-TableScrollContainer-scrollContainerInner">
          {children}
        </div>
      </div>
    );
  },
);
