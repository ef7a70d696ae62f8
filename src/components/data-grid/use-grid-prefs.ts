import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocalStorage } from '@mantine/hooks';
import { writePrefCookie } from '../../lib/pref-cookies';
import { isServerRendered, serverPref } from '../../lib/server-render';
import {
  DEFAULT_GRID_PREFS,
  parseGridPrefs,
  type Density,
  type GridPrefs,
  type KnownColumns,
} from '../../lib/grid-prefs';

const NOTHING_STORED = {};

function isDefault(prefs: GridPrefs): boolean {
  return (
    prefs.cols === null &&
    Object.keys(prefs.widths).length === 0 &&
    prefs.density === DEFAULT_GRID_PREFS.density
  );
}

/**
 * One grid's per-browser preferences (shown columns, widths, density), validated on every read,
 * and mirrored into a cookie sent with the grid's page (`/<gridKey>`), which the gateway renders.
 */
export function useGridPrefs(gridKey: string, known: KnownColumns) {
  // While hydrating a page the gateway rendered: what it was rendered with (the cookie), until
  // storage is read in an effect. Otherwise storage is read at once.
  const [rendered] = useState(() =>
    isServerRendered() ? (serverPref(`grid-${gridKey}`) ?? NOTHING_STORED) : NOTHING_STORED,
  );
  const [stored, setStored] = useLocalStorage<unknown>({
    key: `sms-console-grid-${gridKey}`,
    defaultValue: rendered,
    getInitialValueInEffect: isServerRendered(),
  });
  const prefs = useMemo(
    () => (stored === NOTHING_STORED ? DEFAULT_GRID_PREFS : parseGridPrefs(stored, known)),
    [stored, known],
  );
  useEffect(() => {
    writePrefCookie(`grid-${gridKey}`, isDefault(prefs) ? null : prefs, `/${gridKey}`);
  }, [gridKey, prefs]);
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
