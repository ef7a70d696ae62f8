import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBookmarkPlus } from '@tabler/icons-react';
import { useLocation } from 'react-router';
import type { GridView } from '../../lib/grid-url-parsers';
import { viewSearch, type GridKind } from '../../lib/saved-views';
import { SaveViewForm } from './save-view-form';
import { useSavedViews } from './use-saved-views';

/** Saves the grid's current view (its whole URL state, columns written out) under a name. */
export function SaveViewButton({ grid, view }: { grid: GridKind; view: GridView }) {
  const [opened, { open, close }] = useDisclosure(false);
  const { views, save } = useSavedViews();
  const location = useLocation();
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconBookmarkPlus size={16} aria-hidden />}
        onClick={open}
        aria-haspopup="dialog"
      >
        Save view
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title="Save this view"
        size="sm"
        // Mantine's close button has no name, and its <header> reads as a second banner landmark.
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
        attributes={{ header: { role: 'none' } }}
      >
        <SaveViewForm
          views={views}
          onCancel={close}
          onSave={(name) => {
            save({ grid, name, search: viewSearch(location.search, view.cols) });
            close();
          }}
        />
      </Modal>
    </>
  );
}
