import { memo } from 'react';
import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { HeaderGroup, RowData, useTable } from '@tanstack/react-table';
import type { SortKey } from '../../lib/grid-url-state';
import { ColumnResizeHandle } from './column-resize-handle';
import type { GridFeatures } from './grid-features';

interface GridHeaderProps<T extends RowData> {
  headerGroups: HeaderGroup<GridFeatures, T>[];
  /** What the sort marks show; the header re-renders when it changes. */
  sorting: readonly SortKey[];
  /** The resized widths; the header re-renders when they change. */
  widths: Readonly<Record<string, number>>;
  sized: boolean;
  idPrefix: string;
  FlexRender: ReturnType<typeof useTable<GridFeatures, T>>['FlexRender'];
  onResizeStart: (columnId: string, th: HTMLTableCellElement) => number;
  onResize: (columnId: string, width: number) => void;
}

/**
 * The column headers: sort buttons and resize handles. Memoised apart from the rows: a page
 * change, a fetch state or a refresh re-renders the grid several times, the headers never change
 * with them, and re-rendering their Mantine cells and buttons each time was a good part of a
 * page change's work.
 */
function GridHeaderView<T extends RowData>({
  headerGroups,
  sorting,
  sized,
  idPrefix,
  FlexRender,
  onResizeStart,
  onResize,
}: GridHeaderProps<T>) {
  return (
    <Table.Thead>
      {headerGroups.map((group) => (
        <Table.Tr key={group.id}>
          {group.headers.map((header) => {
            const column = header.column;
            const sorted = column.getIsSorted();
            const canSort = column.getCanSort();
            const label =
              typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
            const index = sorting.length > 1 ? column.getSortIndex() : -1;
            // Named by its title alone, not by the resize handle inside it as well.
            const resizable = column.columnDef.enableHiding !== false;
            const labelId = resizable ? `${idPrefix}-${column.id}-label` : undefined;
            return (
              <Table.Th
                key={header.id}
                scope="col"
                aria-sort={
                  !canSort
                    ? undefined
                    : sorted === 'asc'
                      ? 'ascending'
                      : sorted === 'desc'
                        ? 'descending'
                        : 'none'
                }
                aria-labelledby={labelId}
                style={{
                  whiteSpace: 'nowrap',
                  position: 'relative',
                  width: sized ? header.getSize() : undefined,
                  overflow: sized ? 'hidden' : undefined,
                  textOverflow: sized ? 'ellipsis' : undefined,
                }}
              >
                {canSort ? (
                  <UnstyledButton
                    id={labelId}
                    onClick={column.getToggleSortingHandler()}
                    title="Click to sort; Shift-click to add to the sort"
                    style={{
                      display: 'inline-flex',
                      alignItems: 'center',
                      gap: 4,
                      // The header cell's size (as unsortable headers have), not the button's.
                      fontSize: 'inherit',
                      fontWeight: 700,
                    }}
                  >
                    {label}
                    {sorted === 'asc' ? (
                      <IconArrowUp size={14} aria-hidden />
                    ) : sorted === 'desc' ? (
                      <IconArrowDown size={14} aria-hidden />
                    ) : (
                      <IconArrowsSort size={14} aria-hidden opacity={0.5} />
                    )}
                    {index >= 0 && (
                      <span aria-label={`sort priority ${index + 1}`}>{index + 1}</span>
                    )}
                  </UnstyledButton>
                ) : (
                  <span id={labelId}>
                    <FlexRender header={header} />
                  </span>
                )}
                {resizable && (
                  <ColumnResizeHandle
                    label={label}
                    width={sized ? header.getSize() : undefined}
                    onResizeStart={(th) => onResizeStart(column.id, th)}
                    onResize={(w) => onResize(column.id, w)}
                  />
                )}
              </Table.Th>
            );
          })}
        </Table.Tr>
      ))}
    </Table.Thead>
  );
}

export const GridHeader = memo(GridHeaderView) as typeof GridHeaderView;
