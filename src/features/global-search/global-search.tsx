import { lazy, Suspense, useState } from 'react';
import { Kbd, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';

// Spotlight (its modal, list and search queries) loads when the box is first approached, so
// the landing page does not wait for it.
const loadSpotlight = () => import('./global-search-spotlight');
const GlobalSearchSpotlight = lazy(() =>
  loadSpotlight().then((m) => ({ default: m.GlobalSearchSpotlight })),
);

/**
 * The header search box and the Ctrl/⌘+K Spotlight: part of a customer, account, auth name, IP
 * or gate code name, matched by the API's `q` on both lists; Enter opens the best match.
 */
export function GlobalSearch() {
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const [openRequests, setOpenRequests] = useState(0);
  const prepare = () => {
    if (!wanted) {
      setWanted(true);
      void loadSpotlight();
    }
  };
  const requestOpen = () => {
    setWanted(true);
    setOpenRequests((n) => n + 1);
  };
  useHotkeys([['mod + K', requestOpen]]);

  return (
    <>
      <TextInput
        aria-label="Search customers, accounts, auth names, IPs and gates"
        placeholder="Search…"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        rightSectionWidth={56}
        w={{ base: 160, sm: 280 }}
        value=""
        onPointerEnter={prepare}
        onFocus={prepare}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          requestOpen();
        }}
        onClick={requestOpen}
        onKeyDown={(e) => {
          if (e.key === 'Enter') requestOpen();
        }}
      />
      {wanted && (
        <Suspense fallback={null}>
          <GlobalSearchSpotlight
            query={query}
            onQueryChange={setQuery}
            openRequests={openRequests}
          />
        </Suspense>
      )}
    </>
  );
}
