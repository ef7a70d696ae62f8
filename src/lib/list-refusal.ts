// What a 400 on a list refused, worded by what the list actually sent: a grid without filters
// must not be told its filters were refused.
import { describeFilter, filterToApiParam, type FilterField } from './filter-grammar';
import type { ListParams } from './list-query';

export interface Refusal {
  code: string;
  message: string;
}

const CONTROL_PARAMS = [
  ['page_size', 'page size'],
  ['page_number', 'page number'],
  ['sort', 'sort'],
  // Last: a one-letter word is the likeliest to turn up in a message about something else.
  ['q', 'search'],
] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the message names `param` as a word of its own (`"sort" given twice`, `page_size must…`). */
function names(message: string, param: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_(])${escapeRegExp(param)}($|[^A-Za-z0-9_)])`).test(message);
}

function joinOr(parts: readonly string[]): string {
  return parts.length < 2
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

/**
 * The title for a 400 answer to a list request: the parameter the platform named, if it named
 * one that was sent; else the part its error code points at, if that part was sent; else the
 * parts that were sent (filters, search, sort, page).
 */
export function listRefusalTitle(
  error: Refusal,
  params: ListParams,
  fields: readonly FilterField[],
): string {
  const searched = params.q.trim() !== '';
  const sent = {
    filters: params.filters.length > 0,
    search: searched,
    sort: params.sort.length > 0,
  };

  for (const filter of params.filters) {
    const [param] = filterToApiParam(filter);
    if (names(error.message, param)) {
      return `The platform refused the filter “${describeFilter(filter, fields)}” (parameter ${param})`;
    }
  }
  for (const [param, label] of CONTROL_PARAMS) {
    const wasSent = param === 'q' ? sent.search : param === 'sort' ? sent.sort : true;
    if (wasSent && names(error.message, param)) {
      return `The platform refused the ${label} (parameter ${param})`;
    }
  }

  if (error.code === 'SESSION_MANAGER_FILTER_INVALID' && sent.filters) {
    const only = params.filters.length === 1 ? params.filters[0] : undefined;
    return only
      ? `The platform refused the filter “${describeFilter(only, fields)}”`
      : 'The platform refused the filters';
  }
  if (error.code === 'SESSION_MANAGER_SORT_INVALID' && sent.sort) {
    return 'The platform refused the sort';
  }
  if (error.code === 'SESSION_MANAGER_PAGING_INVALID') {
    return 'The platform refused the page or page size';
  }

  const parts = [
    ...(sent.filters ? ['filters'] : []),
    ...(sent.search ? ['search'] : []),
    ...(sent.sort ? ['sort'] : []),
  ];
  return parts.length === 0
    ? 'The platform refused the request for this page'
    : `The platform refused the ${joinOr([...parts, 'page'])}`;
}
