import { lazy, memo, Suspense, useId, useMemo, useRef, type ReactNode } from 'react';
import { Box, Skeleton, Table } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import {
  flexRender,
  useTable,
  type ColumnSizingState,
  type ColumnVisibilityState,
  type Row,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { tableColumnOrder } from '../../lib/column-order';
import { useDelayedFlag } from '../../lib/use-delayed-flag';
import { useEventCallback } from '../../lib/use-event-callback';
import { clampWidth, type Density } from '../../lib/grid-prefs';
import type { SortKey } from '../../lib/grid-url-state';
import { useAppLinkClicks } from '../app-link';
import { BODY_CELL_CLASS, BODY_ROW_PROPS } from '../table-body-elements';
import classes from '../light-elements.module.css';
import { columnId, gridFeatures, type GridColumn, type GridFeatures } from './grid-features';
import { GridHeader } from './grid-header';

const VirtualRows = lazy(() => import('./virtual-rows').then((m) => ({ default: m.VirtualRows })));

// Rows have a fixed height per density (the table's --grid-row-height, read by .gridRow in
// light-elements.module.css) so that the virtualizer's estimate is exact.
const ROW_HEIGHT: Record<Density, number> = { comfortable: 41, compact: 29 };
const VERTICAL_SPACING: Record<Density, number> = { comfortable: 6, compact: 2 };
/** How long a wait for the next rows lasts before the previous ones are shown dimmed. */
const DIM_AFTER_MS = 150;
/** The name of a new row's mark (the rows new since the previous answer). */
export const NEW_ROW_LABEL = 'New since the last refresh';
/** Above this many rows only the visible ones are in the DOM. */
const VIRTUALIZE_FROM = 100;

// Row height, no wrapping, and ellipsis in resized columns come from classes and the table's data
// attributes: inline styles on every row and cell were a tenth of the first screen's HTML and a
// style object per cell for React to set and the browser to parse.
const ROW_CLASS = `${BODY_ROW_PROPS.className} ${classes.gridRow}`;
const CELL_CLASS = `${BODY_CELL_CLASS} ${classes.gridCell}`;

/**
 * One body row. Memoised: the grid re-renders on every fetch state, URL or selection change, and
 * re-rendering every cell of every row each time was most of the cost of paging and scrolling.
 * `layout` (the shown column ids, in order) stands for the table state the row's cells depend on;
 * cells that read other state (the clock, selection, settings) subscribe to it themselves.
 */
function GridRowView<T extends RowData>({
  row,
  isNew,
}: {
  row: Row<GridFeatures, T>;
  layout: string;
  isNew: boolean;
}) {
  return (
    <tr {...BODY_ROW_PROPS} className={ROW_CLASS} data-new={isNew ? 'true' : undefined}>
      {row.getVisibleCells().map((cell, i) => (
        <td key={cell.id} className={CELL_CLASS}>
          {/* flexRender, not the FlexRender component: one component less per cell to mount. */}
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
          {/* The highlight is colour; this says it too, in a gutter every first cell keeps. */}
          {isNew && i === 0 && (
            <IconSparkles
              className={classes.newMark}
              size={14}
              role="img"
              aria-label={NEW_ROW_LABEL}
              title={NEW_ROW_LABEL}
            />
          )}
        </td>
      ))}
    </tr>
  );
}
// A refetch or a page change hands over new row objects even where the session is unchanged
// (TanStack Query keeps unchanged items' identity), so rows compare by the item they show.
const GridRow = memo(
  GridRowView,
  (a, b) =>
    a.row.original === b.row.original &&
    a.row.id === b.row.id &&
    a.layout === b.layout &&
    a.isNew === b.isNew,
) as typeof GridRowView;

export interface DataGridTableProps<T extends RowData> {
  caption: string;
  columns: GridColumn<T>[];
  rows: T[];
  getRowId: (row: T) => string;
  sorting: SortKey[];
  onSortingChange: (next: SortKey[]) => void;
  /** Shown columns, in the order shown. */
  visibleColumns: readonly string[];
  /** Widths of resized columns; with none, the browser sizes columns to their content. */
  widths: Readonly<Record<string, number>>;
  onWidthsChange: (next: Record<string, number>) => void;
  density: Density;
  loading: boolean;
  fetching: boolean;
  dimmed: boolean;
  newRowIds?: ReadonlySet<string>;
  empty: ReactNode;
}

export function DataGridTable<T extends RowData>(props: DataGridTableProps<T>) {
  const { columns, rows, visibleColumns, sorting, onSortingChange, widths, onWidthsChange } = props;
  const rowHeight = ROW_HEIGHT[props.density];
  const columnVisibility = useMemo<ColumnVisibilityState>(() => {
    const v: ColumnVisibilityState = {};
    for (const c of columns) {
      const id = columnId(c);
      v[id] = c.enableHiding === false || visibleColumns.includes(id);
    }
    return v;
  }, [columns, visibleColumns]);
  const columnOrder = useMemo(
    () =>
      tableColumnOrder(
        columns.map((c) => ({ id: columnId(c), hideable: c.enableHiding !== false })),
        visibleColumns,
      ),
    [columns, visibleColumns],
  );
  const columnSizing = widths as ColumnSizingState;
  const sized = Object.keys(widths).length > 0;
  // The widths a drag started from, so every move applies to the same base.
  const resizeBase = useRef<Record<string, number>>({});
  const idPrefix = useId();
  const onLinkClick = useAppLinkClicks();

  const table = useTable({
    features: gridFeatures,
    columns,
    data: rows,
    getRowId: props.getRowId,
    state: { sorting, columnVisibility, columnOrder, columnSizing },
    manualSorting: true,
    enableMultiSort: true,
    enableSortingRemoval: true,
    onSortingChange: (updater) => {
      const next: SortingState = typeof updater === 'function' ? updater(sorting) : updater;
      onSortingChange(next.map((s) => ({ id: s.id, desc: s.desc })));
    },
  });

  /**
   * The first resize freezes every shown column at its rendered width, so switching from the
   * content-sized layout to fixed widths moves nothing but the column being resized. Stable for
   * the table's life, so the memoised header does not re-render with every page of rows.
   */
  const startResize = useEventCallback((id: string, th: HTMLTableCellElement): number => {
    const base = { ...widths };
    const cells = th.parentElement ? [...th.parentElement.children] : [];
    table.getVisibleLeafColumns().forEach((column, i) => {
      const cell = cells[i];
      if (base[column.id] === undefined && cell) {
        base[column.id] = clampWidth(cell.getBoundingClientRect().width);
      }
    });
    resizeBase.current = base;
    if (Object.keys(base).length !== Object.keys(widths).length) onWidthsChange(base);
    return base[id] ?? clampWidth(th.getBoundingClientRect().width);
  });
  const resize = useEventCallback((id: string, width: number) => {
    const next = { ...resizeBase.current, [id]: clampWidth(width) };
    resizeBase.current = next;
    onWidthsChange(next);
  });

  // The previous rows, kept while the next ones load, dim once the wait is long enough to notice:
  // a quicker answer swaps the rows without a flash (nor a frame of the whole table dimmed).
  const dimmed = useDelayedFlag(props.dimmed, DIM_AFTER_MS);

  const modelRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualize = modelRows.length > VIRTUALIZE_FROM;
  const headers = table.getHeaderGroups();
  const visibleColumnList = table.getVisibleLeafColumns();
  const visibleCount = visibleColumnList.length;
  // A trailing fixed column (the row's action) stays at the grid's right edge: reaching it then
  // never scrolls the grid sideways, which left the first columns cut off after an action.
  const pinEnd = visibleColumnList[visibleCount - 1]?.columnDef.enableHiding === false;

  let body: ReactNode;
  if (props.loading && modelRows.length === 0) {
    body = Array.from({ length: 8 }, (_, i) => (
      <Table.Tr key={`skeleton-${i}`} aria-hidden>
        {table.getVisibleLeafColumns().map((c) => (
          <Table.Td key={c.id}>
            <Skeleton height={14} radius="sm" />
          </Table.Td>
        ))}
      </Table.Tr>
    ));
  } else if (modelRows.length === 0) {
    body = (
      <Table.Tr>
        <Table.Td colSpan={visibleCount}>{props.empty}</Table.Td>
      </Table.Tr>
    );
  } else {
    const layout = table
      .getVisibleLeafColumns()
      .map((c) => c.id)
      .join(',');
    const renderRow = (index: number) => {
      const row = modelRows[index];
      if (!row) return null;
      return (
        <GridRow
          key={row.id}
          row={row}
          layout={layout}
          isNew={props.newRowIds?.has(row.id) ?? false}
        />
      );
    };
    const plain = (n: number) => modelRows.slice(0, n).map((_, i) => renderRow(i));
    body = virtualize ? (
      <Suspense fallback={plain(VIRTUALIZE_FROM)}>
        <VirtualRows
          count={modelRows.length}
          rowHeight={rowHeight}
          colSpan={visibleCount}
          scrollRef={scrollRef}
          getKey={(i) => modelRows[i]?.id ?? String(i)}
          renderRow={renderRow}
        />
      </Suspense>
    ) : (
      plain(modelRows.length)
    );
  }

  return (
    <Box pos="relative">
      <Box h={4} mb={2}>
        {props.fetching && (
          <div className={classes.loadingBar} role="progressbar" aria-label="Loading rows" />
        )}
      </Box>
      <Box
        ref={scrollRef}
        data-testid="grid-scroll"
        style={{
          overflow: 'auto',
          maxHeight: virtualize ? '70vh' : undefined,
          // No fade: fading a whole table in and out repainted all of it on every frame.
          opacity: dimmed ? 0.55 : 1,
        }}
        aria-busy={props.fetching}
      >
        <Table
          striped
          highlightOnHover
          stickyHeader
          verticalSpacing={VERTICAL_SPACING[props.density]}
          fz="sm"
          data-density={props.density}
          data-sized={sized || undefined}
          data-pin-end={pinEnd || undefined}
          onClick={onLinkClick}
          style={{
            '--grid-row-height': `${rowHeight}px`,
            ...(sized && { tableLayout: 'fixed', width: table.getTotalSize() }),
          }}
        >
          <caption
            style={{
              position: 'absolute',
              width: 1,
              height: 1,
              overflow: 'hidden',
              clip: 'rect(0 0 0 0)',
            }}
          >
            {props.caption}
          </caption>
          <GridHeader
            headerGroups={headers}
            sorting={sorting}
            widths={widths}
            sized={sized}
            idPrefix={idPrefix}
            FlexRender={table.FlexRender}
            onResizeStart={startResize}
            onResize={resize}
          />
          <Table.Tbody>{body}</Table.Tbody>
        </Table>
      </Box>
    </Box>
  );
}
