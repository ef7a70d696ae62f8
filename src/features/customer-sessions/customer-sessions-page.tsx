import { useMemo } from 'react';
import { useQueryStates } from 'nuqs';
import { SessionGrid } from '../../components/data-grid/session-grid';
import { listParamsOf, type GridView } from '../../lib/grid-url-parsers';
import type { ListParams } from '../../lib/list-query';
import { customerColumns } from './customer-columns';
import {
  CUSTOMER_DEFAULT_COLUMNS,
  CUSTOMER_FILTER_FIELDS,
  CUSTOMER_PRIVILEGE,
  customerGridParsers,
  type CustomerSession,
} from './customer-grid-config';
import {
  fetchAllCustomerSessions,
  customerSessionsQueryOptions,
  useCustomerSessions,
} from './list-customer-sessions';
import { withStopActions } from '../session-actions/action-columns';
import {
  CustomerActionsToolbar,
  CUSTOMER_GRID_ORIGIN,
} from '../session-actions/grid-action-toolbar';
import { RowSelectionProvider } from '../session-actions/row-selection';
import { SaveViewButton } from '../saved-views/save-view-button';
import { RequirePrivilege } from '../auth/require-privilege';

const getRowId = (row: CustomerSession) => row.sessionID ?? '';
// Row selection and the row's action (stop binds / restart gate) come from session-actions.
const columns = withStopActions(customerColumns, CUSTOMER_GRID_ORIGIN);

// Defined once, so the grid's many renders of a page change pass the same ones (and skip them).
const viewActions = (v: GridView) => (
  <SaveViewButton grid="customer-sessions" view={v} parsers={customerGridParsers} />
);
const toolbar = <CustomerActionsToolbar />;

export function CustomerSessionsPage() {
  return (
    <RequirePrivilege
      privilege={CUSTOMER_PRIVILEGE}
      title="Customer sessions are not available to your account"
    >
      <CustomerSessionsGrid />
    </RequirePrivilege>
  );
}

function CustomerSessionsGrid() {
  const [view, setView] = useQueryStates(customerGridParsers, { history: 'push' });
  const { f, q, sort, page, size } = view;
  const params = useMemo<ListParams>(
    () => listParamsOf({ f, q, sort, page, size }),
    [f, q, sort, page, size],
  );
  const query = useCustomerSessions(params, view.live);
  return (
    <RowSelectionProvider>
      <SessionGrid
        title="Customer sessions"
        gridKey="customer-sessions"
        viewActions={viewActions}
        columns={columns}
        toolbar={toolbar}
        defaultColumns={CUSTOMER_DEFAULT_COLUMNS}
        filterFields={CUSTOMER_FILTER_FIELDS}
        searchHint="Name, account, auth name, address…"
        getRowId={getRowId}
        view={view as GridView}
        setView={(patch, options) => void setView(patch, options)}
        query={query}
        listOptions={customerSessionsQueryOptions}
        privilege={CUSTOMER_PRIVILEGE}
        exportRows={fetchAllCustomerSessions}
      />
    </RowSelectionProvider>
  );
}
