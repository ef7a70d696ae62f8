import { useState } from 'react';
import { Anchor, Pagination, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { HealthBadges, type HealthMark } from '../../components/health-badge';
import { TimeAgo } from '../../components/time-ago';
import { useDisplaySettings } from '../../components/use-display-settings';
import { useNow } from '../../components/use-now';
import { accountLink, authNameLink, customersOfIp } from '../../lib/aggregate-links';
import { isStaleTick } from '../../lib/aggregate-customers';
import type { CustomerSession } from '../../lib/aggregate-types';
import { formatCount, zoneOffsetMs } from '../../lib/format-time';

const PAGE = 50;

function marks(s: CustomerSession, now: number, staleMs: number, offset: number): HealthMark[] {
  const out: HealthMark[] = [];
  if (s.blocked) out.push('blocked');
  if (isStaleTick(s.sessionLastTick, now, staleMs, offset)) out.push('stale');
  return out.length ? out : ['ok'];
}

// Healthy rows read "OK" in plain text: the outlined green badge fails contrast on white.
function Health({ marks }: { marks: HealthMark[] }) {
  if (marks.length === 1 && marks[0] === 'ok') return <Text size="sm">OK</Text>;
  return <HealthBadges marks={marks.filter((m) => m !== 'ok')} />;
}

/** Customer binds listed in full (client-side paging), each value linking onward. */
export function BindsTable({
  rows,
  caption,
  hide = [],
}: {
  rows: CustomerSession[];
  caption: string;
  /** Columns that would repeat the page's subject, e.g. the auth name on its own page. */
  hide?: ('authName' | 'accountName')[];
}) {
  const [page, setPage] = useState(1);
  const now = useNow();
  const { staleSeconds, timeZone } = useDisplaySettings();
  const offset = zoneOffsetMs(now, timeZone);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * PAGE, current * PAGE);
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover withTableBorder>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Health</Table.Th>
              <Table.Th>Session ID</Table.Th>
              {!hide.includes('authName') && <Table.Th>Auth name</Table.Th>}
              {!hide.includes('accountName') && <Table.Th>Account</Table.Th>}
              <Table.Th>Customer</Table.Th>
              <Table.Th>IP address</Table.Th>
              <Table.Th>Server</Table.Th>
              <Table.Th>Mode</Table.Th>
              <Table.Th>Protocol version</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Started</Table.Th>
              <Table.Th>Last tick</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((s) => (
              <Table.Tr key={s.sessionID}>
                <Table.Td>
                  <Health marks={marks(s, now, staleSeconds * 1000, offset)} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/customer-sessions/${s.sessionID ?? ''}`} size="sm">
                    {s.sessionID}
                  </Anchor>
                </Table.Td>
                {!hide.includes('authName') && (
                  <Table.Td>
                    {s.authName && (
                      <Anchor component={Link} to={authNameLink(s.authName)} size="sm">
                        {s.authName}
                      </Anchor>
                    )}
                  </Table.Td>
                )}
                {!hide.includes('accountName') && (
                  <Table.Td>
                    {s.accountName && (
                      <Anchor component={Link} to={accountLink(s.accountName)} size="sm">
                        {s.accountName}
                      </Anchor>
                    )}
                  </Table.Td>
                )}
                <Table.Td>{s.customer}</Table.Td>
                <Table.Td>
                  {s.ipAddr && (
                    <Anchor component={Link} to={customersOfIp(s.ipAddr)} size="sm">
                      {s.ipAddr}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{s.serverAddr}</Table.Td>
                <Table.Td>{s.mode}</Table.Td>
                <Table.Td>{s.protocolVersion}</Table.Td>
                <Table.Td>{s.state}</Table.Td>
                <Table.Td>
                  <TimeAgo value={s.sessionStart} />
                </Table.Td>
                <Table.Td>
                  <TimeAgo value={s.sessionLastTick} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={current}
          onChange={setPage}
          mt="sm"
          aria-label="Pages"
          getControlProps={(control) => ({
            'aria-label':
              control === 'previous'
                ? 'Previous page'
                : control === 'next'
                  ? 'Next page'
                  : control === 'first'
                    ? 'First page'
                    : 'Last page',
          })}
          getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
        />
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {formatCount(rows.length)} binds
      </Text>
    </>
  );
}
