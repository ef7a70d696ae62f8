import { useCallback, useMemo } from 'react';
import { useLocalStorage } from '@mantine/hooks';
import { isServerRendered } from '../../lib/server-render';
import { parseSavedViews, removeView, upsertView, type SavedView } from '../../lib/saved-views';

const NOTHING_STORED: unknown[] = [];

/** This browser's saved views; every hook instance (and tab) sees the same list. */
export function useSavedViews() {
  const [stored, setStored] = useLocalStorage<unknown>({
    key: 'sms-console-saved-views',
    defaultValue: NOTHING_STORED,
    // Read at once, except while hydrating a server-rendered page (rendered without storage).
    getInitialValueInEffect: isServerRendered(),
  });
  // Storage is user-editable: a corrupt value reads as no views rather than breaking the shell.
  const views = useMemo(() => parseSavedViews(stored), [stored]);
  const save = useCallback(
    (view: SavedView) => setStored(upsertView(views, view)),
    [views, setStored],
  );
  const remove = useCallback(
    (name: string) => setStored(removeView(views, name)),
    [views, setStored],
  );
  return { views, save, remove };
}
