import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { CurrentUserProvider } from '../features/auth/current-user';
import { modalsHostMounted } from '../lib/modals-host';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

// Both hosts listen to their packages' global stores (`notifications.show`, `modals.open…`), so
// they work as siblings of the app and can load after the first paint instead of with it.
const NotificationsHost = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);
const ModalsHost = lazy(() =>
  import('@mantine/modals').then(({ ModalsProvider }) => ({
    default: function ModalsHost() {
      return (
        <>
          <ModalsProvider />
          <ModalsListening />
        </>
      );
    },
  })),
);

/** After its sibling ModalsProvider: React runs that subtree's effects, its listeners, first. */
function ModalsListening() {
  useEffect(modalsHostMounted, []);
  return null;
}

export function Providers({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <CurrentUserProvider>
          {children}
          <Suspense fallback={null}>
            <NotificationsHost />
            <ModalsHost />
          </Suspense>
        </CurrentUserProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
