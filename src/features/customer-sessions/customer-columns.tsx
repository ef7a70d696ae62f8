import { createColumnHelper } from '@tanstack/react-table';
import {
  plainCell,
  type GridColumn,
  type GridFeatures,
} from '../../components/data-grid/grid-features';
import { AppLink } from '../../components/app-link';
import { TimeAgo } from '../../components/time-ago';
import { CUSTOMER_FIELDS, type CustomerSession } from './customer-grid-config';
import { CustomerHealth } from './customer-health';

const helper = createColumnHelper<GridFeatures, CustomerSession>();

const CUSTOM_CELLS: Partial<Record<keyof CustomerSession, GridColumn<CustomerSession>['cell']>> = {
  sessionID: ({ row }) => (
    <AppLink to={`/customer-sessions/${encodeURIComponent(row.original.sessionID ?? '')}`}>
      {row.original.sessionID}
    </AppLink>
  ),
  blocked: ({ row }) => (row.original.blocked ? 'Yes' : 'No'),
  sessionStart: ({ row }) => <TimeAgo value={row.original.sessionStart} />,
  sessionLastTick: ({ row }) => <TimeAgo value={row.original.sessionLastTick} />,
};

export const customerColumns: GridColumn<CustomerSession>[] = [
  helper.display({
    id: 'health',
    header: 'Health',
    enableHiding: false,
    enableSorting: false,
    cell: ({ row }) => <CustomerHealth row={row.original} />,
  }),
  ...CUSTOMER_FIELDS.map(([id, header]): GridColumn<CustomerSession> => ({
    id,
    accessorKey: id,
    header,
    cell: CUSTOM_CELLS[id] ?? plainCell,
  })),
];
