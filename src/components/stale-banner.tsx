import { Alert, Text } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { describeApiError } from '../api/api-error';
import { formatClock } from '../lib/format-time';

/**
 * The last good rows stay on screen; this says how old they are and whether the console tries
 * again by itself (auto-refresh on) or waits for Refresh.
 */
export function StaleBanner({
  since,
  error,
  autoRetry = true,
}: {
  since: number;
  error: unknown;
  autoRetry?: boolean;
}) {
  return (
    <Alert
      color="orange"
      icon={<IconCloudOff aria-hidden />}
      title={`Stale since ${formatClock(since)}`}
      role="status"
      styles={{ title: { color: 'var(--mantine-color-bright)' } }}
    >
      <Text size="sm">
        {describeApiError(error)} The rows below are the last ones received;{' '}
        {autoRetry
          ? 'the console keeps trying, less often while the problem lasts.'
          : 'auto-refresh is off: press Refresh to try again.'}
      </Text>
    </Alert>
  );
}
