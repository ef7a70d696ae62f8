import { createColumnHelper } from '@tanstack/react-table';
import {
  plainCell,
  type GridColumn,
  type GridFeatures,
} from '../../components/data-grid/grid-features';
import { AppLink } from '../../components/app-link';
import { TimeAgo } from '../../components/time-ago';
import { SUPPLIER_FIELDS, type SupplierSession } from './supplier-grid-config';
import { SupplierHealth } from './supplier-health';

const helper = createColumnHelper<GridFeatures, SupplierSession>();

const CUSTOM_CELLS: Partial<Record<keyof SupplierSession, GridColumn<SupplierSession>['cell']>> = {
  sessionID: ({ row }) => (
    <AppLink to={`/supplier-sessions/${encodeURIComponent(row.original.sessionID ?? '')}`}>
      {row.original.sessionID}
    </AppLink>
  ),
  startDT: ({ row }) => <TimeAgo value={row.original.startDT} />,
  lastTickDT: ({ row }) => <TimeAgo value={row.original.lastTickDT} />,
};

export const supplierColumns: GridColumn<SupplierSession>[] = [
  helper.display({
    id: 'health',
    header: 'Health',
    enableHiding: false,
    enableSorting: false,
    cell: ({ row }) => <SupplierHealth row={row.original} />,
  }),
  ...SUPPLIER_FIELDS.map(([id, header]): GridColumn<SupplierSession> => ({
    id,
    accessorKey: id,
    header,
    cell: CUSTOM_CELLS[id] ?? plainCell,
  })),
];
