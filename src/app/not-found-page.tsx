import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" maw={480}>
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed" ta="center">
          There is nothing at this address. It may have been mistyped or the link may be old.
        </Text>
        <Button component={Link} to="/customer-sessions">
          Go to customer sessions
        </Button>
      </Stack>
    </Center>
  );
}
