import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v8';
import { AppLayout } from './app-layout';
import { AuthGate } from '../features/auth/auth-gate';
import { RouteError } from './route-error';
import { NotFoundPage } from './not-found-page';
import { CustomerSessionsPage } from '../features/customer-sessions/customer-sessions-page';
import { SupplierSessionsPage } from '../features/supplier-sessions/supplier-sessions-page';

function Root() {
  return (
    <NuqsAdapter>
      <Outlet />
    </NuqsAdapter>
  );
}

// The grids are the landing pages and load eagerly; detail pages are split out. The same table
// serves the browser's router (router.ts) and the gateway's first-screen render (server-entry.tsx).
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    // Shown while a lazily loaded route (a detail page opened directly) arrives.
    hydrateFallbackElement: (
      <Center mih="100vh">
        <Loader aria-label="Loading" />
      </Center>
    ),
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            // Errors inside a page keep the shell (header, navigation) around the message.
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Navigate to="/customer-sessions" replace /> },
              { path: 'customer-sessions', element: <CustomerSessionsPage /> },
              {
                path: 'customer-sessions/:id',
                lazy: async () => ({
                  Component: (
                    await import('../features/customer-sessions/customer-session-detail-page')
                  ).CustomerSessionDetailPage,
                }),
              },
              { path: 'supplier-sessions', element: <SupplierSessionsPage /> },
              {
                path: 'supplier-sessions/:id',
                lazy: async () => ({
                  Component: (
                    await import('../features/supplier-sessions/supplier-session-detail-page')
                  ).SupplierSessionDetailPage,
                }),
              },
              // Support, manager views (issue 6): lazy, so @mantine/charts stays out of the grids' load.
              {
                path: 'breakdowns',
                lazy: async () => ({
                  Component: (await import('../features/breakdowns/breakdowns-page'))
                    .BreakdownsPage,
                }),
              },
              {
                path: 'breakdowns/customers',
                lazy: async () => ({
                  Component: (await import('../features/customer-overview/customer-drill-page'))
                    .CustomerDrillPage,
                }),
              },
              {
                path: 'customers/:authName',
                lazy: async () => ({
                  Component: (await import('../features/customer-overview/binds-overview-page'))
                    .AuthNamePage,
                }),
              },
              {
                path: 'accounts/:accountName',
                lazy: async () => ({
                  Component: (await import('../features/customer-overview/binds-overview-page'))
                    .AccountPage,
                }),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      {
        // The NOC wall: full screen, outside the shell, still behind sign-in.
        path: 'wall',
        element: (
          <AuthGate>
            <Outlet />
          </AuthGate>
        ),
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/wall/wall-page')).WallPage,
            }),
          },
        ],
      },
    ],
  },
];
