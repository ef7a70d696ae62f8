import { Alert, Button, Center, Stack, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found-page';

/** App-level boundary: a friendly sentence and a way out, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Logged for whoever opens the dev tools; the screen stays plain.
  console.warn('Unexpected error in a route', error);
  return (
    <Center mih="60vh" p="md" component="main">
      <Stack maw={520}>
        <Title order={1} size="h2">
          Something went wrong
        </Title>
        <Alert color="red" title="This page could not be shown">
          An unexpected problem stopped this page. Reloading usually helps; if it keeps happening,
          tell the console's maintainers what you were doing.
        </Alert>
        <Button onClick={() => window.location.reload()}>Reload the page</Button>
      </Stack>
    </Center>
  );
}
