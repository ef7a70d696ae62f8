import { formatLocalDateTime, formatRelative, parsePlatformTime } from '../lib/format-time';
import classes from './light-elements.module.css';
import { useDisplaySettings } from './use-display-settings';
import { useNow } from './use-now';

/** "12 s ago", with the exact platform time (and the browser-local time) on hover and focus. */
export function TimeAgo({ value }: { value: string | undefined }) {
  const { timeZone } = useDisplaySettings();
  const now = useNow();
  const epoch = parsePlatformTime(value, timeZone);
  if (epoch === null) return <span className={classes.time}>{value ?? '—'}</span>;
  const exact = `${value} (${timeZone}) · ${formatLocalDateTime(epoch)} local`;
  return (
    <span className={classes.time} title={exact}>
      {formatRelative(epoch, now)}
    </span>
  );
}
