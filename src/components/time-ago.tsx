import { useMemo } from 'react';
import { formatLocalDateTime, formatRelative, parsePlatformTime } from '../lib/format-time';
import classes from './light-elements.module.css';
import { useDisplaySettings } from './use-display-settings';
import { useClockValue } from './use-now';

/**
 * "12 s ago", with the exact platform time (and the browser-local time) on hover. Not a tab stop:
 * a grid page would get 100 more of them; the detail page lists the exact times.
 */
export function TimeAgo({ value }: { value: string | undefined }) {
  const { timeZone } = useDisplaySettings();
  const epoch = useMemo(() => parsePlatformTime(value, timeZone), [value, timeZone]);
  const relative = useClockValue((now) => (epoch === null ? null : formatRelative(epoch, now)));
  if (epoch === null || relative === null) {
    return <span className={classes.time}>{value ?? '—'}</span>;
  }
  const exact = `${value} (${timeZone}) · ${formatLocalDateTime(epoch)} local`;
  return (
    <span className={classes.time} title={exact}>
      {relative}
    </span>
  );
}
