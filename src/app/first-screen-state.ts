import type { DehydratedState } from '@tanstack/react-query';
import { isRecord } from '../lib/is-record';
import type { ServerRender } from '../lib/server-render';

/** What a page rendered by the gateway carries for the browser to hydrate with. */
export interface FirstScreenState extends ServerRender {
  /** The queries the page was rendered from (TanStack Query's dehydrated cache). */
  queries: DehydratedState;
}

/** The id of the `<script type="application/json">` element the gateway writes it into. */
export const FIRST_SCREEN_STATE_ID = 'first-screen-state';

/** The state of a server-rendered page, or null for a page the browser renders itself. */
export function readFirstScreenState(doc: Document): FirstScreenState | null {
  const element = doc.getElementById(FIRST_SCREEN_STATE_ID);
  if (!element || element.getAttribute('type') !== 'application/json') return null;
  try {
    const value = JSON.parse(element.textContent ?? '') as Partial<FirstScreenState> | null;
    if (
      typeof value?.now === 'number' &&
      (value.colorScheme === 'light' || value.colorScheme === 'dark') &&
      Array.isArray(value.queries?.queries) &&
      Array.isArray(value.queries.mutations)
    ) {
      const prefs: unknown = value.prefs;
      return { ...(value as FirstScreenState), prefs: isRecord(prefs) ? prefs : {} };
    }
  } catch {
    // Not ours or cut off: render as if nothing had been rendered.
  }
  return null;
}
