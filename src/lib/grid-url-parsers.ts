import { createMultiParser, createParser, createSerializer } from 'nuqs';
import {
  decodeFilters,
  encodeFilter,
  sameFilterKey,
  type Filter,
  type FilterField,
} from './filter-grammar';
import {
  PAGE_SIZES,
  parseColumns,
  parsePage,
  parsePageSize,
  parseRefreshInterval,
  parseSearch,
  parseSort,
  sameList,
  sameSort,
  serializeColumns,
  serializeSort,
  type PageSize,
  type RefreshInterval,
  type SortKey,
} from './grid-url-state';
import type { ListParams } from './list-query';

export interface GridUrlConfig {
  filterFields: readonly FilterField[];
  sortable: readonly string[];
  columns: readonly string[];
  defaultColumns: readonly string[];
  defaultSort: readonly SortKey[];
  defaultPageSize?: PageSize;
}

/** What a grid's URL holds; `f`, `q`, `sort`, `page`, `size`, `cols`, `live` are its keys. */
export interface GridView {
  f: Filter[];
  q: string;
  sort: SortKey[];
  page: number;
  size: PageSize;
  cols: string[];
  live: RefreshInterval;
}

/** The list request a view asks for; the page and the early fetch in main.tsx share it so their keys match. */
export function listParamsOf(
  view: Pick<GridView, 'f' | 'q' | 'sort' | 'page' | 'size'>,
): ListParams {
  return { filters: view.f, q: view.q, sort: view.sort, page: view.page, size: view.size };
}

function sameFilters(a: readonly Filter[], b: readonly Filter[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i];
      return !!g && sameFilterKey(f, g) && sameList(f.values, g.values);
    })
  );
}

/**
 * The nuqs parsers for one grid, built from its config so validation knows the endpoint's
 * filterable attributes and the grid's columns. Defaults are cleared from the URL.
 */
export function createGridUrlParsers(config: GridUrlConfig) {
  const defaultSize = config.defaultPageSize ?? PAGE_SIZES[1];
  return {
    f: createMultiParser<Filter[]>({
      parse: (values) => decodeFilters(values, config.filterFields),
      serialize: (filters) => filters.map(encodeFilter),
      eq: sameFilters,
    }).withDefault([]),
    q: createParser<string>({ parse: parseSearch, serialize: (v) => v }).withDefault(''),
    sort: createParser<SortKey[]>({
      parse: (v) => parseSort(v, config.sortable),
      serialize: serializeSort,
      eq: sameSort,
    }).withDefault([...config.defaultSort]),
    page: createParser<number>({ parse: parsePage, serialize: String }).withDefault(1),
    size: createParser<PageSize>({ parse: parsePageSize, serialize: String }).withDefault(
      defaultSize,
    ),
    cols: createParser<string[]>({
      parse: (v) => parseColumns(v, config.columns),
      serialize: serializeColumns,
      eq: sameList,
    }).withDefault([...config.defaultColumns]),
    live: createParser<RefreshInterval>({
      parse: parseRefreshInterval,
      serialize: String,
    }).withDefault(10),
  };
}

export type GridUrlParsers = ReturnType<typeof createGridUrlParsers>;

/**
 * The query string a grid's URL carries for `view` (defaults left out), written by the same
 * parsers the page reads it with. For what is on screen now: the address bar can lag behind
 * the view (nuqs writes it after a short throttle) and React Router's location does not see
 * nuqs's writes at all.
 */
export function viewQueryString(view: GridView, parsers: GridUrlParsers): string {
  return createSerializer(parsers)(view);
}
