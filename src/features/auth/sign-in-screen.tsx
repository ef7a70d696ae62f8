import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockX, IconLogin } from '@tabler/icons-react';
import { useLocation } from 'react-router';
import { signInHref } from '../../lib/return-to';
import { useCurrentSearch } from '../../lib/use-current-search';

/**
 * Links to the gateway's OAuth2 start, asking to come back to exactly this view (as it is now,
 * not as the page was opened). `ended`: the session was ended while the page was in use.
 */
export function SignInScreen({ ended = false }: { ended?: boolean }) {
  const { pathname } = useLocation();
  const href = signInHref(`${pathname}${useCurrentSearch()}`);
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" maw={420} w="100%">
        <Stack gap="md">
          <Title order={1} size="h2">
            Sign in to SMS Session Console
          </Title>
          {ended && (
            <Alert color="yellow" icon={<IconClockX aria-hidden />} role="alert">
              Your session has ended. Sign in again.
            </Alert>
          )}
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
