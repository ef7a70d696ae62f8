import { filtersToApiParams, type Filter } from './filter-grammar';
import { serializeSort, type SortKey } from './grid-url-state';

/** Everything the server needs for one page of a list; also the list's query-key params. */
export interface ListParams {
  filters: Filter[];
  q: string;
  sort: SortKey[];
  page: number;
  size: number;
}

/** The API query string for a page: filters, `q`, `sort`, `page_size`, `page_number`. */
export function listParamsToQuery(params: ListParams): Record<string, string | number> {
  const query: Record<string, string | number> = { ...filtersToApiParams(params.filters) };
  if (params.q.trim() !== '') query.q = params.q.trim();
  if (params.sort.length > 0) query.sort = serializeSort(params.sort);
  query.page_size = params.size;
  query.page_number = params.page;
  return query;
}
