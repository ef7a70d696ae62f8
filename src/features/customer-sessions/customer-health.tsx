import { useMemo } from 'react';
import { HealthBadges, type HealthMark } from '../../components/health-badge';
import { useDisplaySettings } from '../../components/use-display-settings';
import { useClockValue } from '../../components/use-now';
import { parsePlatformTime } from '../../lib/format-time';
import type { CustomerSession } from './customer-grid-config';

export function CustomerHealth({ row }: { row: CustomerSession }) {
  const { staleSeconds, timeZone } = useDisplaySettings();
  const tick = useMemo(
    () => parsePlatformTime(row.sessionLastTick, timeZone),
    [row.sessionLastTick, timeZone],
  );
  // Re-renders when the bind turns stale (or fresh), not on every tick of the clock.
  const stale = useClockValue((now) => tick !== null && now - tick > staleSeconds * 1000);
  const marks = useMemo(() => {
    const m: HealthMark[] = [];
    if (row.blocked) m.push('blocked');
    if (stale) m.push('stale');
    return m.length > 0 ? m : (['ok'] as HealthMark[]);
  }, [row.blocked, stale]);
  return <HealthBadges marks={marks} />;
}
