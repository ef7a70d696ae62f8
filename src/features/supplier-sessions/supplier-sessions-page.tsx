import { useMemo } from 'react';
import { useQueryStates } from 'nuqs';
import { SessionGrid } from '../../components/data-grid/session-grid';
import { listParamsOf, type GridView } from '../../lib/grid-url-parsers';
import type { ListParams } from '../../lib/list-query';
import { supplierColumns } from './supplier-columns';
import {
  SUPPLIER_DEFAULT_COLUMNS,
  SUPPLIER_FILTER_FIELDS,
  SUPPLIER_PRIVILEGE,
  supplierGridParsers,
  type SupplierSession,
} from './supplier-grid-config';
import {
  fetchAllSupplierSessions,
  supplierSessionsQueryOptions,
  useSupplierSessions,
} from './list-supplier-sessions';
import { withRestartActions } from '../session-actions/action-columns';
import {
  SupplierActionsToolbar,
  SUPPLIER_GRID_ORIGIN,
} from '../session-actions/grid-action-toolbar';
import { RowSelectionProvider } from '../session-actions/row-selection';
import { SaveViewButton } from '../saved-views/save-view-button';
import { RequirePrivilege } from '../auth/require-privilege';

const getRowId = (row: SupplierSession) => row.sessionID ?? '';
// Row selection and the row's action (stop binds / restart gate) come from session-actions.
const columns = withRestartActions(supplierColumns, SUPPLIER_GRID_ORIGIN);

// Defined once, so the grid's many renders of a page change pass the same ones (and skip them).
const viewActions = (v: GridView) => (
  <SaveViewButton grid="supplier-sessions" view={v} parsers={supplierGridParsers} />
);
const toolbar = <SupplierActionsToolbar />;

export function SupplierSessionsPage() {
  return (
    <RequirePrivilege
      privilege={SUPPLIER_PRIVILEGE}
      title="Supplier sessions are not available to your account"
    >
      <SupplierSessionsGrid />
    </RequirePrivilege>
  );
}

function SupplierSessionsGrid() {
  const [view, setView] = useQueryStates(supplierGridParsers, { history: 'push' });
  const { f, q, sort, page, size } = view;
  const params = useMemo<ListParams>(
    () => listParamsOf({ f, q, sort, page, size }),
    [f, q, sort, page, size],
  );
  const query = useSupplierSessions(params, view.live);
  return (
    <RowSelectionProvider>
      <SessionGrid
        title="Supplier sessions"
        gridKey="supplier-sessions"
        viewActions={viewActions}
        columns={columns}
        toolbar={toolbar}
        defaultColumns={SUPPLIER_DEFAULT_COLUMNS}
        filterFields={SUPPLIER_FILTER_FIELDS}
        searchHint="Supplier, gate, connection, host, owner…"
        getRowId={getRowId}
        view={view as GridView}
        setView={(patch, options) => void setView(patch, options)}
        query={query}
        listOptions={supplierSessionsQueryOptions}
        privilege={SUPPLIER_PRIVILEGE}
        exportRows={fetchAllSupplierSessions}
      />
    </RowSelectionProvider>
  );
}
