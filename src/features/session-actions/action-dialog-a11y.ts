/** One id for every action dialog: a second open (a double click) is ignored while one is open. */
export const ACTION_DIALOG_ID = 'session-action-dialog';

/**
 * Mantine's modal header is a <header> inside the dialog, which axe reads as a second banner
 * landmark, and its close button has no name: fix both for every action dialog.
 */
export const DIALOG_A11Y = {
  closeButtonProps: { 'aria-label': 'Close dialog' },
  attributes: { header: { role: 'none' } },
} as const;
