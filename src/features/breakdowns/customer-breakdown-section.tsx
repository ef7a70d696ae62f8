import { memo } from 'react';
import { BarChart, DonutChart } from '@mantine/charts';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { CustomerBreakdown, CustomerOwnerRow } from '../../lib/aggregate-customers';
import type { CustomerDrill } from '../../lib/aggregate-filter';
import { customerDrillLink } from '../../lib/aggregate-links';
import { countOf } from '../../lib/counts';
import { csvFileName, downloadCsv, toCsv } from './breakdown-csv';
import { seriesColor } from './chart-colors';
import { DeferredMount } from '../../components/deferred-mount';
import { CountLink, SortableTable, type SortableColumn } from './sortable-table';

const ownerLabel = (r: CustomerOwnerRow) => r.ownerBpBriefName || r.ownerBpName;

function drillFor(row: CustomerOwnerRow, extra: CustomerDrill = {}): string {
  return customerDrillLink(row.key === '*' ? extra : { owner: row.key, ...extra });
}

function columns(b: CustomerBreakdown): SortableColumn<CustomerOwnerRow>[] {
  const link = (label: string, n: (r: CustomerOwnerRow) => number, extra: CustomerDrill = {}) =>
    function Cell(r: CustomerOwnerRow) {
      return <CountLink n={n(r)} to={drillFor(r, extra)} label={`${label}, ${r.ownerBpName}`} />;
    };
  const split = (prefix: string, key: 'state' | 'mode' | 'protocolVersion', values: string[]) =>
    values.map((v): SortableColumn<CustomerOwnerRow> => ({
      id: `${key}:${v}`,
      header: `${prefix} ${v}`,
      value: (r) =>
        countOf(key === 'state' ? r.byState : key === 'mode' ? r.byMode : r.byProtocolVersion, v),
      render: link(
        `sessions with ${prefix.toLowerCase()} ${v}`,
        (r) =>
          countOf(key === 'state' ? r.byState : key === 'mode' ? r.byMode : r.byProtocolVersion, v),
        { [key]: v },
      ),
    }));
  return [
    { id: 'owner', header: 'Owner BP', value: (r) => r.ownerBpName },
    { id: 'brief', header: 'Brief name', value: (r) => r.ownerBpBriefName },
    {
      id: 'ownerId',
      header: 'Owner ID',
      value: (r) => r.ownerId ?? '',
      render: (r) => r.ownerId ?? '—',
    },
    {
      id: 'sessions',
      header: 'Sessions',
      value: (r) => r.sessions,
      render: link('sessions', (r) => r.sessions),
    },
    {
      id: 'customers',
      header: 'Customers',
      value: (r) => r.customers,
      render: link('customers', (r) => r.customers),
    },
    {
      id: 'accounts',
      header: 'Accounts',
      value: (r) => r.accounts,
      render: link('accounts', (r) => r.accounts),
    },
    {
      id: 'authNames',
      header: 'Auth names',
      value: (r) => r.authNames,
      render: link('auth names', (r) => r.authNames),
    },
    ...split('State', 'state', b.states),
    ...split('Mode', 'mode', b.modes),
    ...split('SMPP', 'protocolVersion', b.protocolVersions),
    {
      id: 'stale',
      header: 'Stale',
      value: (r) => r.stale,
      render: link('stale sessions', (r) => r.stale, { stale: true }),
    },
    {
      id: 'blocked',
      header: 'Blocked',
      value: (r) => r.blocked,
      render: link('blocked sessions', (r) => r.blocked, { blocked: true }),
    },
  ];
}

export function customerBreakdownCsv(b: CustomerBreakdown): string {
  const header = [
    'Owner ID',
    'Owner BP',
    'Brief name',
    'Sessions',
    'Customers',
    'Accounts',
    'Auth names',
    ...b.states.map((s) => `State ${s}`),
    ...b.modes.map((m) => `Mode ${m}`),
    ...b.protocolVersions.map((v) => `SMPP ${v}`),
    'Stale',
    'Blocked',
  ];
  const row = (r: CustomerOwnerRow) => [
    r.key === '*' ? 'All' : (r.ownerId ?? ''),
    r.ownerBpName,
    r.ownerBpBriefName,
    r.sessions,
    r.customers,
    r.accounts,
    r.authNames,
    ...b.states.map((s) => countOf(r.byState, s)),
    ...b.modes.map((m) => countOf(r.byMode, m)),
    ...b.protocolVersions.map((v) => countOf(r.byProtocolVersion, v)),
    r.stale,
    r.blocked,
  ];
  return toCsv(header, [...b.owners.map(row), row(b.totals)]);
}

function Donut({
  title,
  counts,
  order,
}: {
  title: string;
  counts: Record<string, number>;
  order: number;
}) {
  const data = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([name, value], i) => ({ name, value, color: seriesColor(i) }));
  const text = data.map((d) => `${d.name}: ${d.value}`).join(', ');
  return (
    <Stack gap={4} align="center" component="figure" m={0} aria-label={`${title}: ${text}`}>
      <DeferredMount order={order} height={140}>
        <DonutChart data={data} size={140} thickness={24} withTooltip tooltipDataSource="segment" />
      </DeferredMount>
      <Text size="sm" fw={600} component="figcaption">
        {title}
      </Text>
      <Text size="xs" c="dimmed">
        {text}
      </Text>
    </Stack>
  );
}

// Memoised: the page re-renders while a refresh runs; the charts only when the numbers change.
export const CustomerBreakdownSection = memo(function CustomerBreakdownSection({
  breakdown,
}: {
  breakdown: CustomerBreakdown;
}) {
  const modes = breakdown.modes;
  const chartData = breakdown.owners.slice(0, 20).map((r) => ({
    owner: ownerLabel(r),
    ...Object.fromEntries(modes.map((m) => [m, countOf(r.byMode, m)])),
  }));
  return (
    <Stack gap="md" component="section" aria-labelledby="customer-breakdown-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="customer-breakdown-title">
          Customer sessions by owner
        </Title>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() =>
            downloadCsv(
              csvFileName('customer-breakdown', new Date()),
              customerBreakdownCsv(breakdown),
            )
          }
        >
          Export customer breakdown (CSV)
        </Button>
      </Group>
      <figure style={{ margin: 0 }} aria-label="Sessions per owner, split by mode">
        <DeferredMount order={1} height={260}>
          <BarChart
            h={260}
            data={chartData}
            dataKey="owner"
            type="stacked"
            series={modes.map((m, i) => ({ name: m, color: seriesColor(i) }))}
            withLegend
          />
        </DeferredMount>
      </figure>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Donut title="State" counts={breakdown.totals.byState} order={2} />
        <Donut title="Mode" counts={breakdown.totals.byMode} order={3} />
        <Donut title="Protocol version" counts={breakdown.totals.byProtocolVersion} order={4} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        The API cannot filter customer sessions by owner, state, mode or protocol version: each
        number opens a list of every session filtered in your browser.
      </Text>
      <SortableTable
        caption="Customer sessions per owner business partner"
        columns={columns(breakdown)}
        rows={breakdown.owners}
        rowKey={(r) => r.key}
        footer={breakdown.totals}
        initialSort={{ id: 'sessions', desc: true }}
      />
    </Stack>
  );
});
