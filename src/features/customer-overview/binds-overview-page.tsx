import { useMemo } from 'react';
import {
  Anchor,
  Badge,
  Button,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { StaleBanner } from '../../components/stale-banner';
import { useDisplaySettings } from '../../components/use-display-settings';
import { useNow } from '../../components/use-now';
import { summarizeBinds } from '../../lib/aggregate-binds';
import { customerGridLink } from '../../lib/aggregate-links';
import { formatClock, formatLocalDateTime, zoneOffsetMs } from '../../lib/format-time';
import { BindsTable } from './binds-table';
import { useBinds } from './list-binds';
import { ticketText } from './ticket-text';
import { StopBindsButton } from '../session-actions/action-buttons';
import { ActionOutcome } from '../session-actions/action-outcome';
import { ActionAccessNote } from '../session-actions/action-access-note';
import { RequirePrivilege } from '../auth/require-privilege';
import { CUSTOMER_VIEW_PRIVILEGE } from '../../lib/privileges';

type Kind = 'authName' | 'accountName';

const TEXT: Record<Kind, { label: string; param: string }> = {
  authName: { label: 'Auth name', param: 'authName' },
  accountName: { label: 'Account', param: 'accountName' },
};

/** Every bind of one auth name or one account, with a summary a support agent can paste. */
function BindsOverview({ kind }: { kind: Kind }) {
  const params = useParams();
  const name = params[TEXT[kind].param] ?? '';
  const query = useBinds(kind, name);
  const now = useNow();
  const { staleSeconds, timeZone } = useDisplaySettings();
  const rows = query.data;
  const summary = useMemo(
    () =>
      rows &&
      summarizeBinds(rows, {
        now,
        staleAfterMs: staleSeconds * 1000,
        platformOffsetMs: zoneOffsetMs(now, timeZone),
        formatTime: (_raw, ms) => formatClock(ms).slice(0, 5),
      }),
    [rows, now, staleSeconds, timeZone],
  );
  const label = TEXT[kind].label;
  const checkedAt = query.dataUpdatedAt ? formatLocalDateTime(query.dataUpdatedAt) : '';
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Title>
      </div>
      {query.isError && rows && <StaleBanner since={query.dataUpdatedAt} error={query.error} />}
      {query.isError && !rows && (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.isPending && <Skeleton h={80} aria-label="Loading binds" />}
      {summary && rows && (
        <>
          <Paper withBorder p="md">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="lg" fw={600} data-testid="bind-summary">
                {summary.text}
              </Text>
              <Group gap="xs">
                {summary.blocked > 0 && <Badge color="red">{summary.blocked} blocked</Badge>}
                <CopyButton
                  value={ticketText({ label, value: name }, summary, checkedAt, timeZone)}
                >
                  {({ copied, copy }) => (
                    <Button
                      variant={copied ? 'light' : 'default'}
                      color={copied ? 'teal' : undefined}
                      leftSection={
                        copied ? (
                          <IconCheck size={16} aria-hidden />
                        ) : (
                          <IconCopy size={16} aria-hidden />
                        )
                      }
                      onClick={copy}
                    >
                      {copied ? 'Summary copied' : 'Copy summary'}
                    </Button>
                  )}
                </CopyButton>
                {kind === 'authName' && (
                  <StopBindsButton
                    authName={name}
                    origin={`Binds of auth name ${name}`}
                    size="sm"
                    label="Stop all binds"
                    ariaLabel={`Stop all binds of ${name}`}
                  />
                )}
              </Group>
            </Group>
            {summary.binds > 0 && (
              <Text size="sm" c="dimmed" mt="xs">
                IPs: {summary.ips.join(', ')} · Servers: {summary.servers.join(', ')} · Protocol
                versions: {summary.protocolVersions.map(([v, n]) => `${v} (${n})`).join(', ')}
              </Text>
            )}
          </Paper>
          {kind === 'authName' && <ActionAccessNote kind="stop" />}
          {kind === 'authName' && <ActionOutcome kind="stop" target={name} />}
          {summary.binds === 0 ? (
            <Text>
              No binds with this {label.toLowerCase()} right now.{' '}
              <Anchor component={Link} to={customerGridLink([], name)}>
                Search the customer sessions for “{name}”
              </Anchor>
            </Text>
          ) : (
            <BindsTable
              rows={rows}
              caption={`Binds of ${label.toLowerCase()} ${name}`}
              hide={[kind]}
            />
          )}
        </>
      )}
    </Stack>
  );
}

const NO_CUSTOMER_ACCESS = 'Customer sessions are not available to your account';

export function AuthNamePage() {
  return (
    <RequirePrivilege privilege={CUSTOMER_VIEW_PRIVILEGE} title={NO_CUSTOMER_ACCESS}>
      <BindsOverview kind="authName" />
    </RequirePrivilege>
  );
}

export function AccountPage() {
  return (
    <RequirePrivilege privilege={CUSTOMER_VIEW_PRIVILEGE} title={NO_CUSTOMER_ACCESS}>
      <BindsOverview kind="accountName" />
    </RequirePrivilege>
  );
}
