import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useLocation } from 'react-router';
import { signInHref } from '../../lib/return-to';

/** Links to the gateway's OAuth2 start, asking to come back to exactly this view. */
export function SignInScreen() {
  const location = useLocation();
  const href = signInHref(`${location.pathname}${location.search}`);
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" maw={420} w="100%">
        <Stack gap="md">
          <Title order={1} size="h2">
            Sign in to SMS Session Console
          </Title>
          <Text c="dimmed">
            Use your HORISEN account. You will come back to the page you asked for.
          </Text>
          <Button component="a" href={href} leftSection={<IconLogin size={18} aria-hidden />}>
            Sign in with HORISEN
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
