// Saved views: a name for a grid's whole URL state. Stored in localStorage, which is
// user-editable, so the list is validated on read and anything malformed is dropped.

export const GRID_KINDS = ['customer-sessions', 'supplier-sessions'] as const;
export type GridKind = (typeof GRID_KINDS)[number];

export const MAX_VIEW_NAME = 60;
const MAX_VIEWS = 100;
const MAX_SEARCH = 4000;

export interface SavedView {
  grid: GridKind;
  name: string;
  /** A query string only: it is appended to the grid's path, so it must not be able to change it. */
  search: string;
}

const SEARCH_PATTERN = /^(\?[^#\s]*)?$/;

// Checked by hand rather than with a schema library: this runs in the shell on every page, and
// the three fields do not justify a validator in the first bundle.
function toSavedView(item: unknown): SavedView | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const { grid, name, search } = item as Record<string, unknown>;
  if (typeof grid !== 'string' || !(GRID_KINDS as readonly string[]).includes(grid)) return null;
  if (typeof name !== 'string' || name.length < 1 || name.length > MAX_VIEW_NAME) return null;
  if (typeof search !== 'string' || search.length > MAX_SEARCH) return null;
  if (!SEARCH_PATTERN.test(search)) return null;
  return { grid: grid as GridKind, name, search };
}

/** The stored list, minus anything malformed or a repeated name; never throws. */
export function parseSavedViews(value: unknown): SavedView[] {
  if (!Array.isArray(value)) return [];
  const views: SavedView[] = [];
  for (const item of value.slice(0, MAX_VIEWS)) {
    const parsed = toSavedView(item);
    if (!parsed) continue;
    const view = { ...parsed, name: normalizeViewName(parsed.name) };
    if (view.name !== '' && !findView(views, view.name)) views.push(view);
  }
  return views;
}

export function normalizeViewName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Why a name cannot be used, or null when it can. */
export function viewNameError(name: string): string | null {
  const clean = normalizeViewName(name);
  if (clean === '') return 'Enter a name';
  if (clean.length > MAX_VIEW_NAME) return `Use at most ${MAX_VIEW_NAME} characters`;
  return null;
}

/** Names are compared without regard to case, so "Acme" and "acme" are one view. */
export function findView(views: readonly SavedView[], name: string): SavedView | undefined {
  const key = normalizeViewName(name).toLowerCase();
  return views.find((v) => v.name.toLowerCase() === key);
}

/** Adds the view, or replaces the one with the same name in its place. */
export function upsertView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const clean = { ...view, name: normalizeViewName(view.name) };
  const existing = findView(views, clean.name);
  return existing ? views.map((v) => (v === existing ? clean : v)) : [...views, clean];
}

export function removeView(views: readonly SavedView[], name: string): SavedView[] {
  const existing = findView(views, name);
  return views.filter((v) => v !== existing);
}

/**
 * The query string a view is saved with: the grid's URL state minus the page number (a view is
 * what is asked for, not where one was), with the shown columns always written out so that the
 * view opens the same in a browser that remembers other columns.
 */
export function viewSearch(search: string, cols: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete('page');
  if (!params.has('cols') && cols.length > 0) params.set('cols', cols.join(','));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function viewPath(view: SavedView): string {
  return `/${view.grid}${view.search}`;
}

/** The query's parameters, as a view compares them: in any order, the page number left out. */
function viewParams(search: string): string[] {
  const params = new URLSearchParams(search);
  params.delete('page');
  return [...params].map(([k, v]) => `${k}=${v}`).sort();
}

/** Whether the page at `pathname` + `search` shows `view` (on any of its pages). */
export function isViewAt(view: SavedView, pathname: string, search: string): boolean {
  const a = viewParams(view.search);
  const b = viewParams(search);
  return pathname === `/${view.grid}` && a.length === b.length && a.every((p, i) => p === b[i]);
}
