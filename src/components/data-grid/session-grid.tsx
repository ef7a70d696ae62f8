import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { QueryKey } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import { useQueryState } from 'nuqs';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconColumns, IconFilterPlus, IconSettings, type TablerIcon } from '@tabler/icons-react';
import { isApiError } from '../../api/api-error';
import { pageRows } from '../../lib/client-paging';
import type { Filter, FilterField } from '../../lib/filter-grammar';
import { listParamsOf, type GridView } from '../../lib/grid-url-parsers';
import type { ListParams } from '../../lib/list-query';
import {
  sameList,
  type PageSize,
  type RefreshInterval,
  type SortKey,
} from '../../lib/grid-url-state';
import { listRefusalTitle } from '../../lib/list-refusal';
import { useEventCallback } from '../../lib/use-event-callback';
import { ApiErrorAlert } from '../api-error-alert';
import { FilterChips } from '../filter-builder/filter-chips';
import { SearchBox } from '../search-box';
import { StaleBanner } from '../stale-banner';
import { DataGridTable } from './data-grid-table';
import { ExportButton, type FetchAllRows } from './export-button';
import { columnId, columnLabel, type GridColumn } from './grid-features';
import { GridPagination } from './grid-pagination';
import { RefreshControls } from './refresh-controls';
import { useGridPrefs } from './use-grid-prefs';
import { useGridSearch } from './use-grid-search';
import type { ListOptions } from './use-live-list';
import { useRowChanges } from './use-row-changes';

// The builder's inputs (selects, a tags input) load on first use, keeping the first paint light.
const FilterBuilder = lazy(() =>
  import('../filter-builder/filter-builder').then((m) => ({ default: m.FilterBuilder })),
);

// Column and display panels are rarely opened: their inputs load when first needed.
const ColumnChooser = lazy(() =>
  import('./column-chooser').then((m) => ({ default: m.ColumnChooser })),
);
const DisplaySettingsPanel = lazy(() =>
  import('../display-settings-panel').then((m) => ({ default: m.DisplaySettingsPanel })),
);

type PanelName = 'filter' | 'columns' | 'display';
type Panel = PanelName | null;

const PANEL_BUTTONS: Record<PanelName, { label: string; icon: TablerIcon }> = {
  filter: { label: 'Add filter', icon: IconFilterPlus },
  columns: { label: 'Columns', icon: IconColumns },
  display: { label: 'Display', icon: IconSettings },
};

/** What the panel buttons share: toggling their panel, and telling the grid where they are. */
interface PanelControls {
  toggle: (panel: PanelName) => void;
  register: (panel: PanelName, button: HTMLButtonElement | null) => void;
}

/** Opens and closes one of the grid's panels; memoised like the other controls around the rows. */
const PanelButton = memo(function PanelButton({
  panel,
  open,
  controls,
}: {
  panel: PanelName;
  open: boolean;
  controls: PanelControls;
}) {
  const { label, icon: Icon } = PANEL_BUTTONS[panel];
  return (
    <Button
      ref={(button) => controls.register(panel, button)}
      variant="default"
      leftSection={<Icon size={16} aria-hidden />}
      onClick={() => controls.toggle(panel)}
      aria-expanded={open}
    >
      {label}
    </Button>
  );
});

export interface ListResult<T extends RowData> {
  rows: T[];
  /** meta.pagination.total, when the server sent it. */
  total: number | undefined;
}

/** The slice of a TanStack Query result the grid reads. */
export interface GridQuery<T extends RowData> {
  data: ListResult<T> | undefined;
  isPending: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  error: unknown;
  failureReason: unknown;
  dataUpdatedAt: number;
  refetch: () => unknown;
}

export interface SessionGridProps<T extends RowData, K extends QueryKey = QueryKey> {
  title: string;
  /** Names the grid's per-browser preferences (columns, widths, density). */
  gridKey: string;
  columns: GridColumn<T>[];
  defaultColumns: readonly string[];
  filterFields: readonly FilterField[];
  /** The search box's placeholder: what `q` matches on this endpoint. */
  searchHint: string;
  getRowId: (row: T) => string;
  view: GridView;
  /** Writes to the URL: a new history entry, or with `replace` the current one. */
  setView: (patch: Partial<GridView>, options?: { history: 'replace' }) => void;
  query: GridQuery<T>;
  /** The query of one page of this list: a search's answer and the next page load through it. */
  listOptions: (params: ListParams) => ListOptions<T, K>;
  /** Named in a 403 message. */
  privilege: string;
  /** Shown right above the rows (a feature's bulk action bar and action results). */
  toolbar?: ReactNode;
  /**
   * Header buttons a feature adds for the current view (with the columns actually shown). A
   * function defined once (not inline), so the buttons render only when the view changes.
   */
  viewActions?: (view: GridView) => ReactNode;
  /** Every row of the view (`all=yes`), for the CSV export; no export button without it. */
  exportRows?: FetchAllRows<T>;
}

/**
 * A server-driven session grid: filters, search, sort, page and columns come from the URL view,
 * rows from the query. Any change of what is asked for (filters, q, sort, size) returns to page 1.
 *
 * A page change renders this grid several times (the click, each fetch state, the rows); the
 * controls around the rows are memoised with stable handlers, so those renders reach the rows
 * that change and not every button, input and header cell again.
 */
export function SessionGrid<T extends RowData, K extends QueryKey>(props: SessionGridProps<T, K>) {
  const { query, filterFields } = props;
  const knownColumns = useMemo(
    () => ({
      all: props.columns.map(columnId),
      hideable: props.columns.filter((c) => c.enableHiding !== false).map(columnId),
    }),
    [props.columns],
  );
  const { prefs, setCols, setWidths, setDensity } = useGridPrefs(props.gridKey, knownColumns);
  // A URL with `cols` reproduces a shared view exactly; without, the browser's last choice of
  // columns stands in for the default, and is written into the URL (replacing the entry), so that
  // the address a user copies opens the same columns for a colleague.
  const [urlCols] = useQueryState('cols');
  const view = useMemo(
    () => (urlCols === null && prefs.cols ? { ...props.view, cols: prefs.cols } : props.view),
    [urlCols, prefs.cols, props.view],
  );
  const { defaultColumns, setView: setUrlView } = props;
  useEffect(() => {
    if (urlCols !== null || !prefs.cols || sameList(prefs.cols, defaultColumns)) return;
    // Through the page's own parsers: a second hook on `cols` would hand them a raw string.
    setUrlView({ cols: prefs.cols }, { history: 'replace' });
  }, [urlCols, prefs.cols, defaultColumns, setUrlView]);
  const setView = useEventCallback((patch: Partial<GridView>) => {
    if (patch.cols) setCols(patch.cols);
    props.setView(patch);
  });
  const [panel, setPanel] = useState<Panel>(null);
  const builderOpen = panel === 'filter';
  // A panel closed from inside (Apply, Cancel, Close) hands the keyboard focus back to the button
  // that opened it, rather than dropping it on the page with the panel's own buttons.
  const panelButtons = useRef<Partial<Record<PanelName, HTMLButtonElement | null>>>({});
  const panelControls = useMemo<PanelControls>(
    () => ({
      toggle: (p) => setPanel((open) => (open === p ? null : p)),
      register: (p, button) => {
        panelButtons.current[p] = button;
      },
    }),
    [],
  );
  const closePanel = () => {
    if (panel) panelButtons.current[panel]?.focus();
    setPanel(null);
  };
  // The last chip removed, or all cleared: the focus goes to "Add filter".
  const focusAddFilter = useCallback(() => panelButtons.current.filter?.focus(), []);
  const refetch = useEventCallback(() => void query.refetch());
  const setLive = useCallback((live: RefreshInterval) => setView({ live }), [setView]);
  const { searchPending, setSearchPending, search, prefetchNext } = useGridSearch(
    view,
    setView,
    props.listOptions,
    query.data?.total,
  );
  const setSort = useCallback((sort: SortKey[]) => setView({ sort, page: 1 }), [setView]);
  const setPage = useCallback((page: number) => setView({ page }), [setView]);
  const setSize = useCallback((size: PageSize) => setView({ size, page: 1 }), [setView]);
  const setFilters = useCallback((f: Filter[]) => setView({ f, page: 1 }), [setView]);
  const clearFilters = useCallback(() => setView({ f: [], q: '', page: 1 }), [setView]);
  const removeFilter = useCallback(
    (i: number) => setFilters(view.f.filter((_, j) => j !== i)),
    [setFilters, view.f],
  );
  const exportCriteria = useMemo(
    () => ({ filters: view.f, q: view.q, sort: view.sort }),
    [view.f, view.q, view.sort],
  );
  const { viewActions: renderViewActions } = props;
  const viewActions = useMemo(() => renderViewActions?.(view), [renderViewActions, view]);

  // The last answer that arrived, so an error on a new view (e.g. a 400) never blanks the grid.
  const [lastGood, setLastGood] = useState<ListResult<T> | undefined>(query.data);
  if (query.data && query.data !== lastGood) setLastGood(query.data);
  const shownData = query.data ?? lastGood;

  const paged = useMemo(
    () => pageRows(shownData?.rows ?? [], shownData?.total, view.page, view.size),
    [shownData, view.page, view.size],
  );

  const viewKey = JSON.stringify([view.f, view.q, view.sort, view.page, view.size]);
  const changes = useRowChanges(
    query.data ? paged.rows : undefined,
    viewKey,
    props.getRowId,
    !!query.data && !query.isPlaceholderData,
  );

  const columnOptions = useMemo(
    () =>
      props.columns
        .filter((c) => c.enableHiding !== false)
        .map((c) => ({ id: columnId(c), label: columnLabel(c) })),
    [props.columns],
  );

  const finalError = query.error;
  const retrying = isApiError(query.failureReason) && query.failureReason.retryable;
  const hardError = finalError && !(isApiError(finalError) && finalError.retryable);
  const showStale = !!query.data && (retrying || (isApiError(finalError) && finalError.retryable));
  const noDataError = !shownData && finalError;
  const hasCriteria = view.f.length > 0 || view.q !== '';
  // A 400 says what of this view's request was refused (the error is the current view's).
  const errorTitle =
    isApiError(finalError) && finalError.status === 400
      ? listRefusalTitle(finalError, listParamsOf(view), filterFields)
      : 'Sessions could not be loaded';

  const empty = noDataError ? (
    <ApiErrorAlert
      error={finalError}
      privilege={props.privilege}
      title={errorTitle}
      onRetry={refetch}
    />
  ) : paged.total > 0 && view.page > 1 ? (
    <Stack align="center" py="lg" gap="xs">
      <Text>This page is past the last one.</Text>
      <Button variant="default" onClick={() => setView({ page: 1 })}>
        Go to the first page
      </Button>
    </Stack>
  ) : (
    <Stack align="center" py="lg" gap="xs">
      <Text fw={600}>
        {hasCriteria ? 'No sessions match these filters' : 'No sessions right now'}
      </Text>
      {hasCriteria && (
        <Button variant="default" onClick={clearFilters}>
          Clear filters
        </Button>
      )}
    </Stack>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2}>{props.title}</Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <RefreshControls
            interval={view.live}
            onIntervalChange={setLive}
            updatedAt={query.dataUpdatedAt}
            refreshing={query.isFetching && !query.isPlaceholderData}
            onRefresh={refetch}
            newCount={changes.added.size}
            newKey={query.dataUpdatedAt}
            leftCount={changes.left}
          />
          <PanelButton panel="columns" open={panel === 'columns'} controls={panelControls} />
          <PanelButton panel="display" open={panel === 'display'} controls={panelControls} />
          {viewActions}
          {props.exportRows && (
            <ExportButton
              title={props.title}
              criteria={exportCriteria}
              columns={props.columns}
              visibleColumns={view.cols}
              expectedRows={query.data?.total}
              fetchRows={props.exportRows}
            />
          )}
        </Group>
      </Group>

      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchBox
          value={view.q}
          onChange={search}
          onPendingChange={setSearchPending}
          placeholder={props.searchHint}
        />
        <PanelButton panel="filter" open={builderOpen} controls={panelControls} />
      </Group>
      {builderOpen && (
        <Suspense fallback={<Loader size="sm" aria-label="Loading the filter builder" />}>
          <FilterBuilder
            fields={filterFields}
            active={view.f}
            onCancel={closePanel}
            onAdd={(filter) => {
              // The same operator on the same attribute is one query parameter: the new one wins.
              const rest = view.f.filter((f) => !(f.op === filter.op && f.field === filter.field));
              setFilters([...rest, filter]);
              closePanel();
            }}
          />
        </Suspense>
      )}
      {panel === 'columns' && (
        <Suspense fallback={<Loader size="sm" aria-label="Loading columns" />}>
          <ColumnChooser
            options={columnOptions}
            visible={view.cols}
            onChange={(cols) => setView({ cols })}
            onReset={() => setView({ cols: [...props.defaultColumns] })}
            density={prefs.density}
            onDensityChange={setDensity}
            hasWidths={Object.keys(prefs.widths).length > 0}
            onResetWidths={() => setWidths({})}
            onClose={closePanel}
          />
        </Suspense>
      )}
      {panel === 'display' && (
        <Suspense fallback={<Loader size="sm" aria-label="Loading display settings" />}>
          <DisplaySettingsPanel onClose={closePanel} />
        </Suspense>
      )}
      <FilterChips
        filters={view.f}
        fields={filterFields}
        onRemove={removeFilter}
        onClear={clearFilters}
        onEmptied={focusAddFilter}
      />
      {hardError && shownData ? (
        <ApiErrorAlert error={finalError} privilege={props.privilege} title={errorTitle} />
      ) : null}
      {showStale && (
        <StaleBanner
          since={query.dataUpdatedAt}
          error={query.failureReason ?? finalError}
          autoRetry={view.live > 0}
        />
      )}

      {props.toolbar}
      <DataGridTable
        caption={props.title}
        columns={props.columns}
        rows={paged.rows}
        getRowId={props.getRowId}
        sorting={view.sort}
        onSortingChange={setSort}
        visibleColumns={view.cols}
        widths={prefs.widths}
        onWidthsChange={setWidths}
        density={prefs.density}
        loading={query.isPending && !shownData && !finalError}
        fetching={query.isFetching || searchPending}
        dimmed={query.isPlaceholderData || searchPending || (!!hardError && !!shownData)}
        newRowIds={changes.added}
        empty={empty}
      />
      <GridPagination
        page={view.page}
        pageSize={view.size}
        shown={paged.rows.length}
        total={paged.total}
        onPageChange={setPage}
        onPageSizeChange={setSize}
        onIntent={prefetchNext}
      />
    </Stack>
  );
}
