import { Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconDeviceTv, IconPlugConnected, IconUsers } from '@tabler/icons-react';
import { NavLink as RouterNavLink, Outlet, ScrollRestoration } from 'react-router';
import { AuthGate } from '../features/auth/auth-gate';
import { useCurrentUser } from '../features/auth/current-user';
import { useSignOut } from '../features/auth/sign-out';
import { GlobalSearch } from '../features/global-search/global-search';
import { SavedViewsNav } from '../features/saved-views/saved-views-nav';
import { RecentActionsButton } from '../features/session-actions/recent-actions-panel';
import classes from './app-layout.module.css';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { CUSTOMER_VIEW_PRIVILEGE, SUPPLIER_VIEW_PRIVILEGE } from '../lib/privileges';

// Entries the account cannot open are left out (the pages still explain themselves if opened).
const NAV: { to: string; label: string; icon: typeof IconUsers; privilege?: string }[] = [
  {
    to: '/customer-sessions',
    label: 'Customer sessions',
    icon: IconUsers,
    privilege: CUSTOMER_VIEW_PRIVILEGE,
  },
  {
    to: '/supplier-sessions',
    label: 'Supplier sessions',
    icon: IconPlugConnected,
    privilege: SUPPLIER_VIEW_PRIVILEGE,
  },
  { to: '/breakdowns', label: 'Breakdowns', icon: IconChartBar },
  { to: '/wall', label: 'Wall screen', icon: IconDeviceTv },
];

function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const user = useCurrentUser();
  const signOut = useSignOut();
  return (
    <div className={classes.shell} data-nav-opened={opened || undefined}>
      <header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title order={1} size="h4">
              SMS Session Console
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <GlobalSearch />
            <RecentActionsButton />
            <ColorSchemeToggle />
            <Text size="sm" visibleFrom="xs" aria-label="Signed in as">
              {user.name}
            </Text>
            <Button
              variant="default"
              size="sm"
              onClick={() => signOut.mutate()}
              loading={signOut.isPending}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </header>
      <nav className={classes.navbar} aria-label="Main">
        {NAV.filter((item) => !item.privilege || user.hasPrivilege(item.privilege)).map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} aria-hidden />}
            // Filled (white on primary 8) passes contrast in both schemes; the tinted default
            // does not in dark mode.
            variant="filled"
            onClick={close}
          />
        ))}
        <div className={classes.navSection}>
          <SavedViewsNav onNavigate={close} />
        </div>
      </nav>
      <main className={classes.main}>
        <Outlet />
      </main>
    </div>
  );
}

/** The signed-in frame every route renders inside. */
export function AppLayout() {
  return (
    <AuthGate>
      <Shell />
      <ScrollRestoration />
    </AuthGate>
  );
}
