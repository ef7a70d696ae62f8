import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './app/mantine-styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { startEarlyFetches } from './app/start-early-fetches';
import { router } from './app/router';

const queryClient = createQueryClient();
const firstAnswers = startEarlyFetches(queryClient, window.location);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// The first render waits, briefly, for what it shows (the signed-in user and the landing grid's
// first page): the app then renders once, with its data, instead of first as a loading screen
// and again moments later. A slow platform gets the loading screen after BOOT_WAIT_MS.
const BOOT_WAIT_MS = 400;
void Promise.race([firstAnswers, new Promise((r) => setTimeout(r, BOOT_WAIT_MS))]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
});
