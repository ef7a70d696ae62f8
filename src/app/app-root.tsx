import { StrictMode, useEffect, type ReactNode } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { endFirstRender } from '../lib/server-render';
import { Providers } from './providers';
import { colorSchemeManager } from './theme';

/** Runs once the first render is committed; for a server-rendered page, once it is hydrated. */
function Hydrated() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    endFirstRender();
    // The gateway sends its rendered page inert: rows show at once, nothing reacts until now.
    const root = document.getElementById('root');
    root?.removeAttribute('inert');
    root?.removeAttribute('aria-disabled');
    // Hydrated in the scheme the gateway rendered (its cookie); this browser's choice wins.
    const own = colorSchemeManager.get(colorScheme);
    if (own !== colorScheme) setColorScheme(own);
    // Once, after the first commit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

/**
 * The whole app around a router: the browser's (main.tsx) or the gateway's static one
 * (server-entry.tsx). One tree for both, so hydration finds the markup it would render.
 */
export function AppRoot({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <Providers queryClient={queryClient}>
        {children}
        <Hydrated />
      </Providers>
    </StrictMode>
  );
}
