import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { describeApiError, isApiError } from '../../api/api-error';
import { useSessionEnded, useSignedOut } from '../../api/session-state';
import { useMe } from './get-me';
import { SignInScreen } from './sign-in-screen';

/**
 * Renders the app only for a signed-in user. A 401 from /auth/me, or from any API call later
 * (session-state), shows the sign-in screen in place, keeping the URL for returnTo.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const signedOut = useSignedOut();
  const ended = useSessionEnded();
  if (signedOut || (isApiError(me.error) && me.error.status === 401)) {
    return <SignInScreen ended={ended} />;
  }
  if (me.isPending) {
    return (
      <Center mih="100vh" component="main">
        <Loader aria-label="Loading your session" />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center mih="100vh" p="md" component="main">
        <Stack maw={480}>
          <Alert color="red" title="The console cannot start">
            {describeApiError(me.error)}
          </Alert>
          <Button onClick={() => void me.refetch()}>Try again</Button>
        </Stack>
      </Center>
    );
  }
  return children;
}
