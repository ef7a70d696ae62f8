import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBookmarkPlus } from '@tabler/icons-react';
import { viewQueryString, type GridUrlParsers, type GridView } from '../../lib/grid-url-parsers';
import { viewSearch, type GridKind } from '../../lib/saved-views';
import { useSavedViews } from './use-saved-views';

// The dialog (a modal and its form) loads when the button is approached, not with the grid.
const SaveViewDialog = lazy(() =>
  import('./save-view-dialog').then((m) => ({ default: m.SaveViewDialog })),
);

/**
 * Saves the grid's view as shown (its whole URL state, columns written out) under a name. The
 * link is written from the view itself, not read from the location, which lags behind it.
 */
export function SaveViewButton({
  grid,
  view,
  parsers,
}: {
  grid: GridKind;
  view: GridView;
  parsers: GridUrlParsers;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [wanted, setWanted] = useState(false);
  const prepare = () => setWanted(true);
  const { views, save } = useSavedViews();
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconBookmarkPlus size={16} aria-hidden />}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => {
          prepare();
          open();
        }}
        aria-haspopup="dialog"
      >
        Save view
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <SaveViewDialog
            opened={opened}
            onClose={close}
            views={views}
            onSave={(name) => {
              save({ grid, name, search: viewSearch(viewQueryString(view, parsers), view.cols) });
              close();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
