import { Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { FieldList } from '../../components/field-list';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { SessionDetailFrame } from '../../components/session-detail-frame';
import { TimeAgo } from '../../components/time-ago';
import { parseSessionId } from '../../lib/session-id';
import { SUPPLIER_FIELDS, SUPPLIER_PRIVILEGE, type SupplierSession } from './supplier-grid-config';
import { SupplierHealth } from './supplier-health';
import { useSupplierSession } from './get-supplier-session';
import { useConnectionsOfGate } from './list-connections-of-gate';
import { RestartGateButton } from '../session-actions/action-buttons';
import { ActionOutcome } from '../session-actions/action-outcome';
import { RequirePrivilege } from '../auth/require-privilege';
import { ActionAccessNote } from '../session-actions/action-access-note';

function fieldValue(session: SupplierSession, key: keyof SupplierSession): string {
  const v = session[key];
  return v === undefined || v === null ? '' : String(v);
}

function OtherConnections({ session }: { session: SupplierSession }) {
  const conns = useConnectionsOfGate(session.gateCName);
  const others = (conns.data ?? []).filter((c) => c.sessionID !== session.sessionID);
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Other connections of gate {session.gateCName}
      </Title>
      <Text size="sm" c="dimmed">
        Found by searching for the gate code name and keeping exact matches (the API cannot filter
        by gate directly).
      </Text>
      {conns.isPending ? (
        <Loader size="sm" aria-label="Loading other connections" />
      ) : conns.isError ? (
        <ApiErrorAlert error={conns.error} privilege={SUPPLIER_PRIVILEGE} />
      ) : others.length === 0 ? (
        <Text>No other connections on this gate.</Text>
      ) : (
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Session ID</Table.Th>
              <Table.Th scope="col">Connection</Table.Th>
              <Table.Th scope="col">Instance</Table.Th>
              <Table.Th scope="col">Remote host</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Health</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {others.map((c) => (
              <Table.Tr key={c.sessionID}>
                <Table.Td>
                  <Anchor component={Link} to={`/supplier-sessions/${c.sessionID}`} size="sm">
                    {c.sessionID}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.connectionName}</Table.Td>
                <Table.Td>{c.instNum}</Table.Td>
                <Table.Td>
                  {c.remoteHost}:{c.remotePort}
                </Table.Td>
                <Table.Td>{c.status}</Table.Td>
                <Table.Td>
                  <SupplierHealth row={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function SupplierSessionDetailPage() {
  return (
    <RequirePrivilege
      privilege={SUPPLIER_PRIVILEGE}
      title="Supplier sessions are not available to your account"
    >
      <SupplierSessionDetail />
    </RequirePrivilege>
  );
}

function SupplierSessionDetail() {
  const { id: rawId } = useParams();
  const id = parseSessionId(rawId);
  const query = useSupplierSession(id);
  return (
    <SessionDetailFrame
      noun="Supplier session"
      listPath="/supplier-sessions"
      listLabel="Supplier sessions"
      rawId={rawId}
      validId={id !== null}
      query={query}
      privilege={SUPPLIER_PRIVILEGE}
    >
      {(s) => (
        <>
          <Group gap="sm">
            <Title order={2}>Supplier session {s.sessionID}</Title>
            <SupplierHealth row={s} />
            <RestartGateButton
              gateCName={s.gateCName}
              origin={`Supplier session ${s.sessionID ?? ''}`}
              size="xs"
              label={`Restart gate ${s.gateCName ?? ''}`}
            />
          </Group>
          <ActionAccessNote kind="restart" />
          <ActionOutcome kind="restart" target={s.gateCName} />
          <FieldList
            items={SUPPLIER_FIELDS.map(([key, label]) => ({
              label,
              value: fieldValue(s, key),
              display:
                key === 'startDT' || key === 'lastTickDT' ? (
                  <>
                    {fieldValue(s, key)} (<TimeAgo value={s[key]} />)
                  </>
                ) : undefined,
            }))}
          />
          <OtherConnections session={s} />
        </>
      )}
    </SessionDetailFrame>
  );
}
