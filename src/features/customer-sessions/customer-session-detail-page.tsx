import { Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { FieldList } from '../../components/field-list';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { SessionDetailFrame } from '../../components/session-detail-frame';
import { TimeAgo } from '../../components/time-ago';
import { parseSessionId } from '../../lib/session-id';
import { CUSTOMER_FIELDS, CUSTOMER_PRIVILEGE, type CustomerSession } from './customer-grid-config';
import { CustomerHealth } from './customer-health';
import { useCustomerSession } from './get-customer-session';
import { useBindsOfAuthName } from './list-binds-of-auth-name';
import { StopBindsButton } from '../session-actions/action-buttons';
import { ActionOutcome } from '../session-actions/action-outcome';
import { ActionAccessNote } from '../session-actions/action-access-note';
import { RequirePrivilege } from '../auth/require-privilege';

function fieldValue(session: CustomerSession, key: keyof CustomerSession): string {
  const v = session[key];
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return v === undefined || v === null ? '' : String(v);
}

function OtherBinds({ session }: { session: CustomerSession }) {
  const binds = useBindsOfAuthName(session.authName);
  const others = (binds.data ?? []).filter((b) => b.sessionID !== session.sessionID);
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Other binds of auth name {session.authName}
      </Title>
      <Text size="sm" c="dimmed">
        Found by searching for the auth name and keeping exact matches (the API cannot filter by
        auth name directly).
      </Text>
      {binds.isPending ? (
        <Loader size="sm" aria-label="Loading other binds" />
      ) : binds.isError ? (
        <ApiErrorAlert error={binds.error} privilege={CUSTOMER_PRIVILEGE} />
      ) : others.length === 0 ? (
        <Text>No other binds with this auth name.</Text>
      ) : (
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Session ID</Table.Th>
              <Table.Th scope="col">IP address</Table.Th>
              <Table.Th scope="col">Server</Table.Th>
              <Table.Th scope="col">Mode</Table.Th>
              <Table.Th scope="col">Started</Table.Th>
              <Table.Th scope="col">Health</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {others.map((b) => (
              <Table.Tr key={b.sessionID}>
                <Table.Td>
                  <Anchor component={Link} to={`/customer-sessions/${b.sessionID}`} size="sm">
                    {b.sessionID}
                  </Anchor>
                </Table.Td>
                <Table.Td>{b.ipAddr}</Table.Td>
                <Table.Td>{b.serverAddr}</Table.Td>
                <Table.Td>{b.mode}</Table.Td>
                <Table.Td>
                  <TimeAgo value={b.sessionStart} />
                </Table.Td>
                <Table.Td>
                  <CustomerHealth row={b} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function CustomerSessionDetailPage() {
  return (
    <RequirePrivilege
      privilege={CUSTOMER_PRIVILEGE}
      title="Customer sessions are not available to your account"
    >
      <CustomerSessionDetail />
    </RequirePrivilege>
  );
}

function CustomerSessionDetail() {
  const { id: rawId } = useParams();
  const id = parseSessionId(rawId);
  const query = useCustomerSession(id);
  return (
    <SessionDetailFrame
      noun="Customer session"
      listPath="/customer-sessions"
      listLabel="Customer sessions"
      rawId={rawId}
      validId={id !== null}
      query={query}
      privilege={CUSTOMER_PRIVILEGE}
    >
      {(s) => (
        <>
          <Group gap="sm">
            <Title order={2}>Customer session {s.sessionID}</Title>
            <CustomerHealth row={s} />
            <StopBindsButton
              authName={s.authName}
              origin={`Customer session ${s.sessionID ?? ''}`}
              size="xs"
              label={`Stop all binds of ${s.authName ?? ''}`}
            />
          </Group>
          <ActionAccessNote kind="stop" />
          <ActionOutcome kind="stop" target={s.authName} />
          <FieldList
            items={CUSTOMER_FIELDS.map(([key, label]) => ({
              label,
              value: fieldValue(s, key),
              display:
                key === 'sessionStart' || key === 'sessionLastTick' ? (
                  <>
                    {fieldValue(s, key)} (<TimeAgo value={s[key]} />)
                  </>
                ) : undefined,
            }))}
          />
          <OtherBinds session={s} />
        </>
      )}
    </SessionDetailFrame>
  );
}
