import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** A clear dead end for a detail link that points at nothing, with a way back to the list. */
export function NotFoundPanel({
  title,
  message,
  backTo,
  backLabel,
}: {
  title: string;
  message: string;
  backTo: string;
  backLabel: string;
}) {
  return (
    <Stack align="flex-start" gap="sm" py="lg">
      <Title order={2}>{title}</Title>
      <Text>{message}</Text>
      <Button component={Link} to={backTo} variant="default">
        {backLabel}
      </Button>
    </Stack>
  );
}
