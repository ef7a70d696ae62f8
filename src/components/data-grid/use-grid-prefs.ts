import { useCallback, useMemo } from 'react';
import { useLocalStorage } from '@mantine/hooks';
import { isServerRendered } from '../../lib/server-render';
import {
  DEFAULT_GRID_PREFS,
  parseGridPrefs,
  type Density,
  type GridPrefs,
  type KnownColumns,
} from '../../lib/grid-prefs';

const NOTHING_STORED = {};

/** One grid's per-browser preferences (shown columns, widths, density), validated on every read. */
export function useGridPrefs(gridKey: string, known: KnownColumns) {
  const [stored, setStored] = useLocalStorage<unknown>({
    key: `sms-console-grid-${gridKey}`,
    defaultValue: NOTHING_STORED,
    // Read at once, except while hydrating a server-rendered page (rendered without storage).
    getInitialValueInEffect: isServerRendered(),
  });
  const prefs = useMemo(
    () => (stored === NOTHING_STORED ? DEFAULT_GRID_PREFS : parseGridPrefs(stored, known)),
    [stored, known],
  );
  const update = useCallback(
    (patch: Partial<GridPrefs>) => setStored({ ...prefs, ...patch }),
    [prefs, setStored],
  );
  return {
    prefs,
    setCols: useCallback((cols: string[]) => update({ cols }), [update]),
    setWidths: useCallback((widths: Record<string, number>) => update({ widths }), [update]),
    setDensity: useCallback((density: Density) => update({ density }), [update]),
  };
}
