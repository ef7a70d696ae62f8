import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { hydrate } from '@tanstack/react-query';
import './app/mantine-styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { readFirstScreenState } from './app/first-screen-state';
import { AppRoot } from './app/app-root';
import { createQueryClient } from './app/query-client';
import { startEarlyFetches } from './app/start-early-fetches';
import { router } from './app/router';
import { adoptMe, meQueryOptions } from './features/auth/get-me';
import { setServerRender } from './lib/server-render';

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

const app = (
  <AppRoot queryClient={queryClient}>
    <RouterProvider router={router} />
  </AppRoot>
);

const firstScreen = readFirstScreenState(document);
if (firstScreen) {
  // The gateway rendered this page (src/server-entry.tsx): hydrate it from the same answers,
  // with the same clock, so the browser adopts the markup instead of rebuilding it.
  hydrate(queryClient, firstScreen.queries);
  const me = queryClient.getQueryData(meQueryOptions.queryKey);
  if (me) adoptMe(me);
  const { now, colorScheme, prefs } = firstScreen;
  setServerRender({ now, colorScheme, prefs });
  // Already painted: the gateway loads this bundle only then (public/load-after-paint.js).
  hydrateRoot(root, app);
} else {
  const firstAnswers = startEarlyFetches(queryClient, window.location);
  // The first render waits, briefly, for what it shows (the signed-in user and the landing
  // grid's first page): the app then renders once, with its data, instead of first as a loading
  // screen and again moments later. A slow platform gets the loading screen after BOOT_WAIT_MS.
  const BOOT_WAIT_MS = 400;
  void Promise.race([firstAnswers, new Promise((r) => setTimeout(r, BOOT_WAIT_MS))]).then(() => {
    createRoot(root).render(app);
  });
}
