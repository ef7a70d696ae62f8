import { lazy, Suspense, useRef, useState } from 'react';
import { Kbd, TextInput } from '@mantine/core';
import { getHotkeyHandler, useHotkeys } from '@mantine/hooks';
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
 *
 * Until Spotlight's own input has the focus (its code still loading, its dialog still opening),
 * keys land in this box, which holds the same query: the shortcut focuses it at once, so nothing
 * typed straight after Ctrl/⌘+K is lost.
 */
export function GlobalSearch() {
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const [openRequests, setOpenRequests] = useState(0);
  const box = useRef<HTMLInputElement>(null);
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
  const openFromShortcut = () => {
    box.current?.focus();
    requestOpen();
  };
  // Outside inputs; in this box, its own key handler below (Spotlight hands the focus back here).
  useHotkeys([['mod + K', openFromShortcut]]);
  const onShortcutInBox = getHotkeyHandler([['mod + K', requestOpen]]);

  return (
    <>
      <TextInput
        ref={box}
        aria-label="Search customers, accounts, auth names, IPs and gates"
        placeholder="Search…"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        rightSectionWidth={56}
        w={{ base: 160, sm: 280 }}
        value={query}
        onPointerEnter={prepare}
        onFocus={prepare}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          requestOpen();
        }}
        onClick={requestOpen}
        onKeyDown={(e) => {
          onShortcutInBox(e);
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
