import { useDeferredValue, useState } from 'react';
import { Pagination, Table, Text } from '@mantine/core';
import { AppLink, useAppLinkClicks } from '../../components/app-link';
import { BODY_CELL_CLASS, BODY_ROW_PROPS } from '../../components/table-body-elements';
import { HealthBadges, type HealthMark } from '../../components/health-badge';
import { TimeAgo } from '../../components/time-ago';
import { useDisplaySettings } from '../../components/use-display-settings';
import { useClockValue } from '../../components/use-now';
import { accountLink, authNameLink, customersOfIp } from '../../lib/aggregate-links';
import { isStaleTick } from '../../lib/aggregate-customers';
import type { CustomerSession } from '../../lib/aggregate-types';
import { formatCount, zoneOffsetMs } from '../../lib/format-time';

// Healthy rows read "OK" in plain text: the outlined green badge fails contrast on white. Each
// cell follows the clock on its own, so a tick re-renders the cells whose staleness changed, not
// the table.
function Health({
  session,
  staleMs,
  timeZone,
}: {
  session: CustomerSession;
  staleMs: number;
  timeZone: string;
}) {
  const stale = useClockValue((now) =>
    isStaleTick(session.sessionLastTick, now, staleMs, zoneOffsetMs(now, timeZone)),
  );
  const marks: HealthMark[] = [];
  if (session.blocked) marks.push('blocked');
  if (stale) marks.push('stale');
  return marks.length ? <HealthBadges marks={marks} /> : 'OK';
}

/** Customer binds listed in full (client-side paging), each value linking onward. */
export function BindsTable({
  rows,
  caption,
  hide = [],
  pageSize = 50,
}: {
  rows: CustomerSession[];
  caption: string;
  /** Columns that would repeat the page's subject, e.g. the auth name on its own page. */
  hide?: ('authName' | 'accountName')[];
  /** Rows per page (client-side paging). */
  pageSize?: number;
}) {
  const [page, setPage] = useState(1);
  // A new list (thousands of rows from a worker) renders in an interruptible pass.
  const deferredRows = useDeferredValue(rows);
  const onLinkClick = useAppLinkClicks();
  const { staleSeconds, timeZone } = useDisplaySettings();
  const pages = Math.max(1, Math.ceil(deferredRows.length / pageSize));
  const current = Math.min(page, pages);
  const shown = deferredRows.slice((current - 1) * pageSize, current * pageSize);
  return (
    <>
      <Table.ScrollContainer minWidth={900} type="native">
        <Table striped highlightOnHover withTableBorder onClick={onLinkClick}>
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
              <tr key={s.sessionID} {...BODY_ROW_PROPS}>
                <td className={BODY_CELL_CLASS}>
                  <Health session={s} staleMs={staleSeconds * 1000} timeZone={timeZone} />
                </td>
                <td className={BODY_CELL_CLASS}>
                  <AppLink to={`/customer-sessions/${s.sessionID ?? ''}`}>{s.sessionID}</AppLink>
                </td>
                {!hide.includes('authName') && (
                  <td className={BODY_CELL_CLASS}>
                    {s.authName && <AppLink to={authNameLink(s.authName)}>{s.authName}</AppLink>}
                  </td>
                )}
                {!hide.includes('accountName') && (
                  <td className={BODY_CELL_CLASS}>
                    {s.accountName && (
                      <AppLink to={accountLink(s.accountName)}>{s.accountName}</AppLink>
                    )}
                  </td>
                )}
                <td className={BODY_CELL_CLASS}>{s.customer}</td>
                <td className={BODY_CELL_CLASS}>
                  {s.ipAddr && <AppLink to={customersOfIp(s.ipAddr)}>{s.ipAddr}</AppLink>}
                </td>
                <td className={BODY_CELL_CLASS}>{s.serverAddr}</td>
                <td className={BODY_CELL_CLASS}>{s.mode}</td>
                <td className={BODY_CELL_CLASS}>{s.protocolVersion}</td>
                <td className={BODY_CELL_CLASS}>{s.state}</td>
                <td className={BODY_CELL_CLASS}>
                  <TimeAgo value={s.sessionStart} />
                </td>
                <td className={BODY_CELL_CLASS}>
                  <TimeAgo value={s.sessionLastTick} />
                </td>
              </tr>
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
