import { HealthBadges, type HealthMark } from '../../components/health-badge';
import { useDisplaySettings } from '../../components/use-display-settings';
import { useNow } from '../../components/use-now';
import { parsePlatformTime } from '../../lib/format-time';
import type { CustomerSession } from './customer-grid-config';

export function customerHealth(
  row: CustomerSession,
  now: number,
  staleSeconds: number,
  timeZone: string,
): HealthMark[] {
  const marks: HealthMark[] = [];
  if (row.blocked) marks.push('blocked');
  const tick = parsePlatformTime(row.sessionLastTick, timeZone);
  if (tick !== null && now - tick > staleSeconds * 1000) marks.push('stale');
  return marks.length > 0 ? marks : ['ok'];
}

export function CustomerHealth({ row }: { row: CustomerSession }) {
  const now = useNow();
  const { staleSeconds, timeZone } = useDisplaySettings();
  return <HealthBadges marks={customerHealth(row, now, staleSeconds, timeZone)} />;
}
