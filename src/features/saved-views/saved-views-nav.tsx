import { ActionIcon, CopyButton, Group, NavLink, Text, Title } from '@mantine/core';
import { IconCheck, IconLink, IconTrash } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { isViewAt, viewPath } from '../../lib/saved-views';
import { useCurrentSearch } from '../../lib/use-current-search';
import { GRID_LABELS } from './grid-labels';
import { useSavedViews } from './use-saved-views';
import { useCurrentUser } from '../auth/current-user';
import { CUSTOMER_VIEW_PRIVILEGE, SUPPLIER_VIEW_PRIVILEGE } from '../../lib/privileges';
import type { GridKind } from '../../lib/saved-views';

const GRID_PRIVILEGES: Record<GridKind, string> = {
  'customer-sessions': CUSTOMER_VIEW_PRIVILEGE,
  'supplier-sessions': SUPPLIER_VIEW_PRIVILEGE,
};

/** The navigation's "Saved views" section: open a view, copy its link, or delete it. */
export function SavedViewsNav({ onNavigate }: { onNavigate: () => void }) {
  const { views: allViews, remove } = useSavedViews();
  // A view of a grid this account cannot open is not offered (this browser may be shared).
  const user = useCurrentUser();
  const views = allViews.filter((v) => user.hasPrivilege(GRID_PRIVILEGES[v.grid]));
  const { pathname } = useLocation();
  const search = useCurrentSearch();
  return (
    <section aria-labelledby="saved-views-heading">
      <Title order={2} size="h6" id="saved-views-heading" px="xs" mt="md" mb={4}>
        Saved views
      </Title>
      {views.length === 0 ? (
        <Text size="xs" c="dimmed" px="xs">
          Use “Save view” on a grid to keep its filters, sort and columns here.
        </Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {views.map((view) => {
            const path = viewPath(view);
            const current = isViewAt(view, pathname, search);
            return (
              <li key={view.name}>
                <Group gap={2} wrap="nowrap">
                  <NavLink
                    component={Link}
                    to={path}
                    label={view.name}
                    description={GRID_LABELS[view.grid]}
                    active={current}
                    aria-current={current ? 'page' : undefined}
                    variant="filled"
                    // Mantine dims an active link's description to 0.9: below 4.5:1 on primary 8.
                    styles={{ description: { opacity: 1 } }}
                    noWrap
                    onClick={onNavigate}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                  <CopyButton value={`${window.location.origin}${path}`}>
                    {({ copied, copy }) => (
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-label={
                          copied ? `Link to ${view.name} copied` : `Copy link to ${view.name}`
                        }
                        onClick={copy}
                      >
                        {copied ? (
                          <IconCheck size={14} aria-hidden />
                        ) : (
                          <IconLink size={14} aria-hidden />
                        )}
                      </ActionIcon>
                    )}
                  </CopyButton>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={`Delete view ${view.name}`}
                    onClick={() => remove(view.name)}
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
