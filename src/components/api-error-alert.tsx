import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { describeApiError, isApiError } from '../api/api-error';

/** An API error as a plain sentence, with its code for whoever has to report it. */
export function ApiErrorAlert({
  error,
  privilege,
  title = 'The request failed',
  onRetry,
}: {
  error: unknown;
  privilege?: string;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert color="red" title={title} icon={<IconAlertCircle aria-hidden />} role="alert">
      <Text size="sm">{describeApiError(error, { privilege })}</Text>
      <Group gap="xs" mt={4}>
        {isApiError(error) && (
          <Text size="xs" c="dimmed">
            Code <Code>{error.code}</Code>
            {error.status > 0 ? ` · HTTP ${error.status}` : ''}
          </Text>
        )}
        {onRetry && (
          <Button size="compact-xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
