import { createLoader } from 'nuqs';
import { describe, expect, it } from 'vitest';
import { createGridUrlParsers, viewQueryString, type GridView } from './grid-url-parsers';
import { viewSearch } from './saved-views';

const parsers = createGridUrlParsers({
  filterFields: [{ id: 'accountName', label: 'Account', type: 'text' }],
  sortable: ['sessionID', 'authName'],
  columns: ['sessionID', 'authName', 'serverAddr'],
  defaultColumns: ['sessionID', 'authName', 'serverAddr'],
  defaultSort: [],
});
const load = createLoader(parsers);
const defaults: GridView = load('');

describe('a view written as its query string', () => {
  it('holds every part that differs from the default', () => {
    const view: GridView = {
      f: [{ field: 'accountName', op: 'startswith', values: ['a'] }],
      q: 'vandel',
      sort: [{ id: 'authName', desc: false }],
      page: 3,
      size: 50,
      cols: ['authName', 'sessionID'],
      live: 0,
    };
    const params = new URLSearchParams(viewQueryString(view, parsers));
    expect(Object.fromEntries(params)).toEqual({
      f: 'startswith(accountName):a',
      q: 'vandel',
      sort: 'authName',
      page: '3',
      size: '50',
      cols: 'authName,sessionID',
      live: '0',
    });
    expect(load(viewQueryString(view, parsers))).toEqual(view);
  });

  it('leaves defaults out', () => {
    expect(viewQueryString(defaults, parsers)).toBe('');
    expect(viewQueryString({ ...defaults, q: 'x' }, parsers)).toBe('?q=x');
  });

  it('saves as the same view on page 1, the columns written out', () => {
    const view: GridView = { ...defaults, q: 'a&b=c', sort: [{ id: 'sessionID', desc: true }] };
    const saved = viewSearch(viewQueryString({ ...view, page: 4 }, parsers), view.cols);
    expect(load(saved)).toEqual(view);
    expect(new URLSearchParams(saved).get('cols')).toBe('sessionID,authName,serverAddr');
  });
});
