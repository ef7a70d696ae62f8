import { lazy, Suspense, useMemo, useRef, type ReactNode } from 'react';
import { Box, Progress, Skeleton, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  useTable,
  type ColumnVisibilityState,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import type { SortKey } from '../../lib/grid-url-state';
import { columnId, gridFeatures, type GridColumn } from './grid-features';

const VirtualRows = lazy(() => import('./virtual-rows').then((m) => ({ default: m.VirtualRows })));

const ROW_HEIGHT = 41;
/** Above this many rows only the visible ones are in the DOM. */
const VIRTUALIZE_FROM = 100;

export interface DataGridTableProps<T extends RowData> {
  caption: string;
  columns: GridColumn<T>[];
  rows: T[];
  getRowId: (row: T) => string;
  sorting: SortKey[];
  onSortingChange: (next: SortKey[]) => void;
  visibleColumns: readonly string[];
  loading: boolean;
  fetching: boolean;
  dimmed: boolean;
  newRowIds?: ReadonlySet<string>;
  empty: ReactNode;
}

export function DataGridTable<T extends RowData>(props: DataGridTableProps<T>) {
  const { columns, rows, visibleColumns, sorting, onSortingChange } = props;
  const columnVisibility = useMemo<ColumnVisibilityState>(() => {
    const v: ColumnVisibilityState = {};
    for (const c of columns) {
      const id = columnId(c);
      v[id] = c.enableHiding === false || visibleColumns.includes(id);
    }
    return v;
  }, [columns, visibleColumns]);

  const table = useTable({
    features: gridFeatures,
    columns,
    data: rows,
    getRowId: props.getRowId,
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableMultiSort: true,
    enableSortingRemoval: true,
    onSortingChange: (updater) => {
      const next: SortingState = typeof updater === 'function' ? updater(sorting) : updater;
      onSortingChange(next.map((s) => ({ id: s.id, desc: s.desc })));
    },
  });

  const modelRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualize = modelRows.length > VIRTUALIZE_FROM;
  const headers = table.getHeaderGroups();
  const visibleCount = table.getVisibleLeafColumns().length;

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
    const renderRow = (index: number) => {
      const row = modelRows[index];
      if (!row) return null;
      return (
        <Table.Tr
          key={row.id}
          data-new={props.newRowIds?.has(row.id) ? 'true' : undefined}
          style={{ height: ROW_HEIGHT }}
        >
          {row.getVisibleCells().map((cell) => (
            <Table.Td key={cell.id} style={{ whiteSpace: 'nowrap' }}>
              <table.FlexRender cell={cell} />
            </Table.Td>
          ))}
        </Table.Tr>
      );
    };
    const plain = (n: number) => modelRows.slice(0, n).map((_, i) => renderRow(i));
    body = virtualize ? (
      <Suspense fallback={plain(VIRTUALIZE_FROM)}>
        <VirtualRows
          count={modelRows.length}
          rowHeight={ROW_HEIGHT}
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
          <Progress value={100} animated striped size="sm" aria-label="Loading rows" />
        )}
      </Box>
      <Box
        ref={scrollRef}
        data-testid="grid-scroll"
        style={{
          overflow: 'auto',
          maxHeight: virtualize ? '70vh' : undefined,
          opacity: props.dimmed ? 0.55 : 1,
          transition: 'opacity 120ms',
        }}
        aria-busy={props.fetching}
      >
        <Table striped highlightOnHover stickyHeader verticalSpacing={6} fz="sm">
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
          <Table.Thead>
            {headers.map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const column = header.column;
                  const sorted = column.getIsSorted();
                  const canSort = column.getCanSort();
                  const label =
                    typeof column.columnDef.header === 'string'
                      ? column.columnDef.header
                      : column.id;
                  const index = sorting.length > 1 ? column.getSortIndex() : -1;
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
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {canSort ? (
                        <UnstyledButton
                          onClick={column.getToggleSortingHandler()}
                          title="Click to sort; Shift-click to add to the sort"
                          style={{
                            display: 'inline-flex',
                            alignItems: 'center',
                            gap: 4,
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
                        <table.FlexRender header={header} />
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>{body}</Table.Tbody>
        </Table>
      </Box>
    </Box>
  );
}
