import '@mantine/spotlight/styles.css';
import { useEffect, useRef } from 'react';
import { Badge, Group, Kbd, Loader, Text } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { describeApiError } from '../../api/api-error';
import { MIN_QUERY, useSearchMatches } from './use-search-matches';

const [searchStore, searchSpotlight] = createSpotlight();

/**
 * The Spotlight dialog behind the header search box, loaded on the box's first use. Every change
 * of `openRequests` opens it; the box owns the query so a first character typed while this code
 * was still loading is not lost.
 */
export function GlobalSearchSpotlight({
  query,
  onQueryChange,
  openRequests,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  openRequests: number;
}) {
  const navigate = useNavigate();
  const { groups, settled, loading, error } = useSearchMatches(query);
  const enterPending = useRef(false);
  const best = groups[0]?.matches[0];

  useEffect(() => {
    if (openRequests > 0) searchSpotlight.open();
  }, [openRequests]);

  const open = (to: string) => {
    enterPending.current = false;
    searchSpotlight.close();
    onQueryChange('');
    void navigate(to);
  };

  useEffect(() => {
    // Enter was pressed before the debounced answer came: open the best match now.
    if (settled && enterPending.current && best) open(best.to);
    // `open` only closes over stable values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled, best]);

  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={onQueryChange}
      // The header box listens for Ctrl/⌘+K, also before this code has loaded.
      shortcut={null}
      scrollable
      maxHeight={480}
      clearQueryOnClose
      // Names the dialog for screen readers (a Modal title would add a second banner landmark).
      attributes={{
        content: { 'aria-label': 'Search customers, accounts, auth names, IPs and gates' },
      }}
    >
      <Spotlight.Search
        aria-label="Search"
        placeholder="Customer, account, auth name, IP or gate code name"
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={loading ? <Loader size="xs" aria-label="Searching" /> : null}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          // An action chosen with the arrow keys is Spotlight's to trigger.
          if (document.querySelector('[data-action][data-selected]')) return;
          if (settled && best) open(best.to);
          // Typed faster than the debounce: open the best match once it arrives.
          else enterPending.current = query.trim().length >= MIN_QUERY;
        }}
      />
      <Spotlight.ActionsList aria-label="Matches">
        {groups.map((g) => (
          // Spotlight draws the group label with CSS only: name the group for screen readers.
          <Spotlight.ActionsGroup key={g.kind} label={g.label} role="group" aria-label={g.label}>
            {g.matches.map((m) => (
              <Spotlight.Action key={m.kind + m.value} onClick={() => open(m.to)}>
                <Group justify="space-between" wrap="nowrap" w="100%">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {m.value}
                    </Text>
                    {m.description && (
                      <Text size="xs" c="dimmed" truncate>
                        {m.description}
                      </Text>
                    )}
                  </div>
                  <Badge variant="light" color="gray" styles={{ label: { textTransform: 'none' } }}>
                    {m.count} {g.kind === 'gate' ? 'conn.' : 'binds'}
                  </Badge>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {query.trim().length < MIN_QUERY && (
          <Spotlight.Empty>Type at least {MIN_QUERY} characters.</Spotlight.Empty>
        )}
        {settled && groups.length === 0 && !error && (
          <Spotlight.Empty>Nothing matches “{query.trim()}”.</Spotlight.Empty>
        )}
        {error && <Spotlight.Empty>{describeApiError(error)}</Spotlight.Empty>}
      </Spotlight.ActionsList>
      {settled && best && (
        <Spotlight.Footer>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Enter</Kbd> opens {best.value}; arrow keys choose another match.
          </Text>
        </Spotlight.Footer>
      )}
    </Spotlight.Root>
  );
}
