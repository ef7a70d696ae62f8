import type { ReactNode } from 'react';
import { Anchor, Breadcrumbs, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { isApiError } from '../api/api-error';
import { ApiErrorAlert } from './api-error-alert';
import { NotFoundPanel } from './not-found-panel';

/** The slice of a TanStack Query result for one session that the frame reads. */
export interface SessionQuery<T> {
  data: T | undefined;
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A session detail page's states: breadcrumbs back to the list, a not-found page for a malformed
 * id or one the platform does not know (400/404), loading, other errors, then the session.
 */
export function SessionDetailFrame<T>({
  noun,
  listPath,
  listLabel,
  rawId,
  validId,
  query,
  privilege,
  children,
}: {
  /** "Customer session" / "Supplier session". */
  noun: string;
  listPath: string;
  listLabel: string;
  rawId: string | undefined;
  validId: boolean;
  query: SessionQuery<T>;
  privilege: string;
  children: (session: T) => ReactNode;
}) {
  const crumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to={listPath}>
        {listLabel}
      </Anchor>
      <Text span>Session {rawId}</Text>
    </Breadcrumbs>
  );
  const notFound =
    !validId ||
    (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400));

  if (notFound) {
    return (
      <Stack>
        {crumbs}
        <NotFoundPanel
          title={`${noun} not found`}
          message={`There is no ${noun.toLowerCase()} with ID "${rawId ?? ''}". It may have ended, or the link may be wrong.`}
          backTo={listPath}
          backLabel={`Back to ${listLabel.toLowerCase()}`}
        />
      </Stack>
    );
  }
  if (query.error)
    return (
      <ApiErrorAlert
        error={query.error}
        privilege={privilege}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.isPending || query.data === undefined) return <Loader aria-label="Loading session" />;
  return (
    <Stack gap="lg">
      {crumbs}
      {children(query.data)}
    </Stack>
  );
}
