import { useLocalStorage } from '@mantine/hooks';
import { isValidTimeZone } from '../lib/format-time';

export const DEFAULT_STALE_SECONDS = 60;

/**
 * Per-browser display settings: the platform's time zone (timestamps carry none; UTC unless told
 * otherwise) and how old a last tick may be before a bind counts as stale.
 */
export function useDisplaySettings() {
  const [storedZone, setTimeZone] = useLocalStorage<string>({
    key: 'sms-console-platform-time-zone',
    defaultValue: 'UTC',
    getInitialValueInEffect: false,
  });
  const [storedStale, setStaleSeconds] = useLocalStorage<number>({
    key: 'sms-console-stale-seconds',
    defaultValue: DEFAULT_STALE_SECONDS,
    getInitialValueInEffect: false,
  });
  // Storage is user-editable: never trust it further than a valid zone and a sane number.
  const timeZone =
    typeof storedZone === 'string' && isValidTimeZone(storedZone) ? storedZone : 'UTC';
  const staleSeconds =
    typeof storedStale === 'number' &&
    Number.isFinite(storedStale) &&
    storedStale >= 5 &&
    storedStale <= 86_400
      ? Math.round(storedStale)
      : DEFAULT_STALE_SECONDS;
  return { timeZone, staleSeconds, setTimeZone, setStaleSeconds };
}
