import { Modal } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import type { SavedView } from '../../lib/saved-views';
import { SaveViewForm } from './save-view-form';

/**
 * The "Save this view" dialog, loaded on the button's first use. It opens one render after
 * mounting, so focus still returns to the button when it closes.
 */
export function SaveViewDialog({
  opened,
  onClose,
  views,
  onSave,
}: {
  opened: boolean;
  onClose: () => void;
  views: readonly SavedView[];
  onSave: (name: string) => void;
}) {
  const mounted = useMounted();
  return (
    <Modal
      opened={opened && mounted}
      onClose={onClose}
      title="Save this view"
      size="sm"
      // Mantine's close button has no name, and its <header> reads as a second banner landmark.
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      attributes={{ header: { role: 'none' } }}
    >
      <SaveViewForm views={views} onCancel={onClose} onSave={onSave} />
    </Modal>
  );
}
