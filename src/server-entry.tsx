// The gateway's first-screen render: a grid landing page rendered to HTML with its first page of
// rows, so the rows paint as soon as the document arrives instead of after the bundle has
// loaded, evaluated and rendered. The browser then hydrates it (main.tsx) from the same data.
// Built by `vite build --ssr` into dist-server/; loaded by server/gateway/first-screen.ts.
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dehydrate } from '@tanstack/react-query';
import { SERVER_RENDER_ORIGIN, setTransport, type Transport } from './api/client';
import { AppRoot } from './app/app-root';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import { startEarlyFetches } from './app/start-early-fetches';
import type { FirstScreenState } from './app/first-screen-state';
import { parsePrefCookies } from './lib/pref-cookies';
import { setServerRender, type ServerRender } from './lib/server-render';

export interface FirstScreen {
  /** The markup inside #root. */
  html: string;
  /** What the browser hydrates with (serialized into the page as JSON). */
  state: FirstScreenState;
}

/** The pages rendered on the server: the two grids, the consoles' landing pages. */
const RENDERED_PATHS = new Set(['/customer-sessions', '/supplier-sessions']);

export function rendersFirstScreen(pathname: string): boolean {
  return RENDERED_PATHS.has(pathname);
}

/**
 * How the app's requests reach the gateway while rendering: called once at start-up with a
 * transport that finds the request being rendered for (the gateway keeps that per render).
 */
export function installTransport(transport: Transport): void {
  setTransport(transport);
}

const handler = createStaticHandler(routes);

// The render's clock and colour scheme are module state the components read (lib/server-render):
// one render at a time, so that a render waiting for a lazily loaded module never sees another's.
// A few may wait; past that a visitor gets the plain page at once rather than a longer queue.
const MAX_WAITING = 4;
let renderQueue: Promise<unknown> = Promise.resolve();
let waiting = 0;

function oneAtATime<T>(work: () => Promise<T>): Promise<T> | null {
  if (waiting >= MAX_WAITING) return null;
  waiting += 1;
  const run = renderQueue.then(() => {
    waiting -= 1;
    return work();
  });
  renderQueue = run.catch(() => undefined);
  return run;
}

/**
 * Renders `url` (path and query), in the visitor's colour scheme and with the display preferences
 * among `cookies` (lib/pref-cookies), for the signed-in user whose requests the installed
 * transport makes. Null when the page is not one rendered here, its data did not all arrive, too
 * many renders are waiting, or `signal` aborted before its turn: the browser then renders the
 * page as it does any other (sign-in screen, error message, retry).
 */
export async function renderFirstScreen(
  url: string,
  {
    colorScheme,
    cookies = {},
    signal,
  }: {
    colorScheme: ServerRender['colorScheme'];
    cookies?: Readonly<Record<string, string | undefined>>;
    signal?: AbortSignal;
  },
): Promise<FirstScreen | null> {
  const location = new URL(url, SERVER_RENDER_ORIGIN);
  if (!rendersFirstScreen(location.pathname)) return null;
  const queryClient = createQueryClient();
  // One attempt: a failure is shown (and retried) by the browser, not waited out here.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  await startEarlyFetches(queryClient, location);
  const queries = queryClient.getQueryCache().getAll();
  if (queries.length === 0 || queries.some((q) => q.state.status !== 'success')) return null;

  const context = await handler.query(new Request(location));
  if (context instanceof Response) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  return (
    oneAtATime(async () => {
      // The gateway gave up waiting (and sent the plain page): skip a render nobody would see.
      if (signal?.aborted) return null;
      const render = { now: Date.now(), colorScheme, prefs: parsePrefCookies(cookies) };
      setServerRender(render);
      try {
        // prerender, not renderToString: it waits for lazily loaded components instead of leaving
        // their boundaries for the browser to render (which it reports as a recoverable error).
        // No chunk size: a large boundary would otherwise come out of order, put in place by an
        // inline script, which the CSP (rightly) refuses.
        const { prelude } = await prerender(
          <AppRoot queryClient={queryClient}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </AppRoot>,
          { progressiveChunkSize: Number.POSITIVE_INFINITY },
        );
        const html = await new Response(prelude).text();
        return { html, state: { ...render, queries: dehydrate(queryClient) } };
      } finally {
        setServerRender(null);
        queryClient.clear();
      }
    }) ?? null
  );
}
