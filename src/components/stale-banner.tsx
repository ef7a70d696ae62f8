import { Alert, Text } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { describeApiError } from '../api/api-error';
import { formatClock } from '../lib/format-time';

/** The last good rows stay on screen; this says how old they are and that retries continue. */
export function StaleBanner({ since, error }: { since: number; error: unknown }) {
  return (
    <Alert
      color="orange"
      icon={<IconCloudOff aria-hidden />}
      title={`Stale since ${formatClock(since)}`}
      role="status"
      styles={{ title: { color: 'var(--mantine-color-bright)' } }}
    >
      <Text size="sm">
        {describeApiError(error)} The rows below are the last ones received; the console keeps
        retrying.
      </Text>
    </Alert>
  );
}
