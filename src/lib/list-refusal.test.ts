import { describe, expect, it } from 'vitest';
import type { FilterField } from './filter-grammar';
import type { ListParams } from './list-query';
import { listRefusalTitle } from './list-refusal';

const fields: FilterField[] = [
  { id: 'accountName', label: 'Account', type: 'text' },
  { id: 'ipAddr', label: 'IP address', type: 'text' },
];
const plain: ListParams = { filters: [], q: '', sort: [], page: 1, size: 25 };
const searched: ListParams = { ...plain, q: 'vandel', sort: [{ id: 'authName', desc: false }] };
const filtered: ListParams = {
  ...plain,
  filters: [
    { field: 'accountName', op: 'contains', values: ['acme'] },
    { field: 'ipAddr', op: 'startswith', values: ['192.0.2.'] },
  ],
};
const refusal = (code: string, message = `Simulated error ${code}`) => ({ code, message });
const title = (params: ListParams, code: string, message?: string) =>
  listRefusalTitle(refusal(code, message), params, fields);

describe('the title of a refused list request', () => {
  it('never speaks of filters on a grid without them', () => {
    expect(title(searched, 'BAD_REQUEST')).toBe('The platform refused the search, sort or page');
    expect(title({ ...plain, q: 'x' }, 'BAD_REQUEST')).toBe(
      'The platform refused the search or page',
    );
    expect(title(plain, 'BAD_REQUEST')).toBe('The platform refused the request for this page');
    expect(title(plain, 'SESSION_MANAGER_FILTER_INVALID')).toBe(
      'The platform refused the request for this page',
    );
    expect(title({ ...plain, q: '   ' }, 'BAD_REQUEST')).toBe(
      'The platform refused the request for this page',
    );
  });

  it('lists every part that was sent when nothing says which one', () => {
    expect(title({ ...filtered, q: 'a', sort: searched.sort }, 'BAD_REQUEST')).toBe(
      'The platform refused the filters, search, sort or page',
    );
  });

  it('follows the error code to the part it names, if that part was sent', () => {
    expect(title(filtered, 'SESSION_MANAGER_FILTER_INVALID')).toBe(
      'The platform refused the filters',
    );
    expect(
      title({ ...plain, filters: filtered.filters.slice(0, 1) }, 'SESSION_MANAGER_FILTER_INVALID'),
    ).toBe('The platform refused the filter “Account contains acme”');
    expect(title(searched, 'SESSION_MANAGER_SORT_INVALID')).toBe('The platform refused the sort');
    expect(title(plain, 'SESSION_MANAGER_SORT_INVALID')).toBe(
      'The platform refused the request for this page',
    );
    expect(title(plain, 'SESSION_MANAGER_PAGING_INVALID')).toBe(
      'The platform refused the page or page size',
    );
  });

  it('names the parameter when the platform does', () => {
    expect(
      title(
        filtered,
        'SESSION_MANAGER_FILTER_INVALID',
        'Unknown filter operator "startswith" in "startswith(ipAddr)"',
      ),
    ).toBe(
      'The platform refused the filter “IP address starts with 192.0.2.” (parameter startswith(ipAddr))',
    );
    expect(
      title(
        searched,
        'SESSION_MANAGER_QUERY_INVALID',
        'Query parameter "sort" given more than once',
      ),
    ).toBe('The platform refused the sort (parameter sort)');
    expect(title(plain, 'X', 'page_size must be a positive integer, got "0"')).toBe(
      'The platform refused the page size (parameter page_size)',
    );
    expect(title(plain, 'X', 'page_number must be a positive integer')).toBe(
      'The platform refused the page number (parameter page_number)',
    );
    expect(title(searched, 'X', 'General search q takes only the eq operator')).toBe(
      'The platform refused the search (parameter q)',
    );
  });

  it('does not take a parameter that was not sent, or a word inside another, for a name', () => {
    expect(title(plain, 'X', 'General search q takes only the eq operator')).toBe(
      'The platform refused the request for this page',
    );
    expect(title(searched, 'X', 'unsorted request; qq')).toBe(
      'The platform refused the search, sort or page',
    );
  });
});
