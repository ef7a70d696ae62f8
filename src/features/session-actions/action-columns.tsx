import type { RowData } from '@tanstack/react-table';
import type { GridColumn } from '../../components/data-grid/grid-features';
import { RestartGateButton, StopBindsButton } from './action-buttons';
import { PageCheckbox, RowCheckbox } from './row-selection';

// Extra grid columns for the session grids: a selection checkbox (for bulk actions) and the row's
// action. Neither can be hidden or sorted; both read the RowSelectionProvider around the grid.

interface SessionRow {
  sessionID?: string;
}

function selectColumn<T extends RowData & SessionRow>(): GridColumn<T> {
  return {
    id: 'select',
    header: ({ table }) => (
      <PageCheckbox
        rows={table.getRowModel().rows.map((r) => r.original)}
        getId={(r: T) => r.sessionID ?? ''}
      />
    ),
    enableHiding: false,
    enableSorting: false,
    cell: ({ row }) => (
      <RowCheckbox
        id={row.original.sessionID ?? ''}
        row={row.original}
        label={`Select session ${row.original.sessionID ?? ''}`}
      />
    ),
  };
}

export function withStopActions<T extends RowData & SessionRow & { authName?: string }>(
  columns: GridColumn<T>[],
  origin: string,
): GridColumn<T>[] {
  return [
    selectColumn<T>(),
    ...columns,
    {
      id: 'actions',
      header: 'Actions',
      enableHiding: false,
      enableSorting: false,
      cell: ({ row }) => (
        <StopBindsButton
          authName={row.original.authName}
          origin={origin}
          ariaLabel={`Stop binds of ${row.original.authName ?? ''} (session ${row.original.sessionID ?? ''})`}
        />
      ),
    },
  ];
}

export function withRestartActions<T extends RowData & SessionRow & { gateCName?: string }>(
  columns: GridColumn<T>[],
  origin: string,
): GridColumn<T>[] {
  return [
    selectColumn<T>(),
    ...columns,
    {
      id: 'actions',
      header: 'Actions',
      enableHiding: false,
      enableSorting: false,
      cell: ({ row }) => (
        <RestartGateButton
          gateCName={row.original.gateCName}
          origin={origin}
          ariaLabel={`Restart gate ${row.original.gateCName ?? ''} (session ${row.original.sessionID ?? ''})`}
        />
      ),
    },
  ];
}
