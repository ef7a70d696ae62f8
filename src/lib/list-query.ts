import { filtersToApiParams, type Filter } from './filter-grammar';
import { serializeSort, type SortKey } from './grid-url-state';

/** What a list asks for, independent of paging: the view an export reproduces. */
export interface ListCriteria {
  filters: Filter[];
  q: string;
  sort: SortKey[];
}

/** Everything the server needs for one page of a list; also the list's query-key params. */
export interface ListParams extends ListCriteria {
  page: number;
  size: number;
}

function criteriaToQuery(criteria: ListCriteria): Record<string, string | number> {
  const query: Record<string, string | number> = { ...filtersToApiParams(criteria.filters) };
  if (criteria.q.trim() !== '') query.q = criteria.q.trim();
  if (criteria.sort.length > 0) query.sort = serializeSort(criteria.sort);
  return query;
}

/** The API query string for a page: filters, `q`, `sort`, `page_size`, `page_number`. */
export function listParamsToQuery(params: ListParams): Record<string, string | number> {
  const query = criteriaToQuery(params);
  query.page_size = params.size;
  query.page_number = params.page;
  return query;
}

/** The API query string for every match of the same filters, `q` and sort (`all=yes`, no paging). */
export function listCriteriaToAllQuery(criteria: ListCriteria): Record<string, string | number> {
  return { ...criteriaToQuery(criteria), all: 'yes' };
}
