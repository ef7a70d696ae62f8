import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { ColumnDef, RowData } from '@tanstack/react-table';

// Sorting and paging are done by the server, so only the state-holding features are registered:
// no sorted or paginated row models. The page number lives in the URL, never in the table, so a
// data refetch cannot reset it (TanStack's autoResetPageIndex never comes into play).
// Column order and widths are state only too: order comes from the URL view, widths from the
// browser's stored preferences; the resize handle drives the width with its own pointer code.
export const gridFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
});

export type GridFeatures = typeof gridFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns hold mixed value types
export type GridColumn<T extends RowData> = ColumnDef<GridFeatures, T, any>;

/**
 * A plain field's cell: its value, or a dash when the platform sent none (as the detail pages
 * show it), so that a missing account reads as missing rather than as a rendering gap.
 */
export function plainCell({ getValue }: { getValue: () => unknown }): string {
  const value = getValue();
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** A column's people-readable name: the string header every grid column is given. */
export function columnLabel<T extends RowData>(column: GridColumn<T>): string {
  return typeof column.header === 'string' ? column.header : (column.id ?? '');
}

export function columnId<T extends RowData>(column: GridColumn<T>): string {
  if (column.id) return column.id;
  const key = (column as { accessorKey?: unknown }).accessorKey;
  return typeof key === 'string' ? key : '';
}
