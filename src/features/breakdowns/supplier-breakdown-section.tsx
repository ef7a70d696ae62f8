import { memo } from 'react';
import { BarChart, DonutChart } from '@mantine/charts';
import { Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { suppliersOfGate, suppliersOfOwner } from '../../lib/aggregate-links';
import type {
  GateHealth,
  SupplierBreakdown,
  SupplierGateRow,
  SupplierOwnerRow,
} from '../../lib/aggregate-suppliers';
import { countOf } from '../../lib/counts';
import { csvFileName, downloadCsv, toCsv } from './breakdown-csv';
import { HEALTH_COLORS, seriesColor } from './chart-colors';
import { DeferredMount } from '../../components/deferred-mount';
import { CountLink, SortableTable, type SortableColumn } from './sortable-table';

const GATE_BADGE: Record<GateHealth, { color: string; label: string }> = {
  // Filled, with autoContrast picking black or white text: light badges fail contrast here.
  up: { color: 'green.9', label: 'Up' },
  degraded: { color: 'orange.4', label: 'Degraded' },
  reconnecting: { color: 'yellow.5', label: 'Reconnecting' },
  down: { color: 'red.9', label: 'Down' },
};

const ownerLink = (r: SupplierOwnerRow) =>
  r.key === '*' ? suppliersOfOwner(null) : suppliersOfOwner(r.ownerId, r.ownerBpName);

function ownerColumns(b: SupplierBreakdown): SortableColumn<SupplierOwnerRow>[] {
  const link = (label: string, n: (r: SupplierOwnerRow) => number) =>
    function Cell(r: SupplierOwnerRow) {
      return <CountLink n={n(r)} to={ownerLink(r)} label={`${label}, ${r.ownerBpName}`} />;
    };
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
      header: 'Connections',
      value: (r) => r.sessions,
      render: link('supplier connections', (r) => r.sessions),
    },
    { id: 'suppliers', header: 'Suppliers', value: (r) => r.suppliers },
    { id: 'gates', header: 'Gates', value: (r) => r.gates },
    ...b.statuses.map((st): SortableColumn<SupplierOwnerRow> => ({
      id: `status:${st}`,
      header: `Status ${st}`,
      value: (r) => countOf(r.byStatus, st),
      render: link(`connections with status ${st} (grid filtered by owner)`, (r) =>
        countOf(r.byStatus, st),
      ),
    })),
    { id: 'gatesDown', header: 'Gates down', value: (r) => r.gatesDown },
    { id: 'gatesReconnecting', header: 'Gates reconnecting', value: (r) => r.gatesReconnecting },
  ];
}

const gateColumns: SortableColumn<SupplierGateRow>[] = [
  {
    id: 'health',
    header: 'Health',
    value: (g) => ['down', 'reconnecting', 'degraded', 'up'].indexOf(g.health),
    render: (g) => (
      <Badge
        color={GATE_BADGE[g.health].color}
        variant="filled"
        autoContrast
        styles={{ label: { textTransform: 'none' } }}
      >
        {GATE_BADGE[g.health].label}
      </Badge>
    ),
  },
  { id: 'gateCName', header: 'Gate code name', value: (g) => g.gateCName },
  { id: 'gateName', header: 'Gate', value: (g) => g.gateName },
  { id: 'supplier', header: 'Supplier', value: (g) => g.supplier },
  { id: 'owner', header: 'Owner BP', value: (g) => g.ownerBpName },
  {
    id: 'sessions',
    header: 'Connections',
    value: (g) => g.sessions,
    render: (g) => (
      <CountLink
        n={g.sessions}
        to={suppliersOfGate(g.gateCName)}
        label={`connections of gate ${g.gateCName}`}
      />
    ),
  },
  { id: 'up', header: 'Up', value: (g) => g.up },
  { id: 'reconnecting', header: 'Reconnecting', value: (g) => g.reconnecting },
  { id: 'down', header: 'Down', value: (g) => g.down },
];

export function supplierBreakdownCsv(b: SupplierBreakdown): string {
  const header = [
    'Owner ID',
    'Owner BP',
    'Brief name',
    'Connections',
    'Suppliers',
    'Gates',
    ...b.statuses.map((s) => `Status ${s}`),
    'Gates down',
    'Gates reconnecting',
  ];
  const row = (r: SupplierOwnerRow) => [
    r.key === '*' ? 'All' : (r.ownerId ?? ''),
    r.ownerBpName,
    r.ownerBpBriefName,
    r.sessions,
    r.suppliers,
    r.gates,
    ...b.statuses.map((s) => countOf(r.byStatus, s)),
    r.gatesDown,
    r.gatesReconnecting,
  ];
  return toCsv(header, [...b.owners.map(row), row(b.totals)]);
}

export function gatesCsv(b: SupplierBreakdown): string {
  return toCsv(
    [
      'Gate code name',
      'Gate',
      'Gate ID',
      'Supplier',
      'Owner ID',
      'Owner BP',
      'Health',
      'Connections',
      'Up',
      'Reconnecting',
      'Down',
    ],
    b.gates.map((g) => [
      g.gateCName,
      g.gateName,
      g.gateID ?? '',
      g.supplier,
      g.ownerId ?? '',
      g.ownerBpName,
      g.health,
      g.sessions,
      g.up,
      g.reconnecting,
      g.down,
    ]),
  );
}

// Memoised: the page re-renders while a refresh runs; the charts only when the numbers change.
export const SupplierBreakdownSection = memo(function SupplierBreakdownSection({
  breakdown,
}: {
  breakdown: SupplierBreakdown;
}) {
  const chartData = breakdown.owners.slice(0, 20).map((r) => ({
    owner: r.ownerBpBriefName || r.ownerBpName,
    Up: r.up,
    Reconnecting: r.reconnecting,
    Down: r.down,
  }));
  const statusData = Object.entries(breakdown.totals.byStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([name, value], i) => ({ name, value, color: seriesColor(i) }));
  const gatesNotUp = breakdown.gates.filter((g) => g.health !== 'up');
  const exportCsv = (what: string, csv: string) => downloadCsv(csvFileName(what, new Date()), csv);
  return (
    <Stack gap="md" component="section" aria-labelledby="supplier-breakdown-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="supplier-breakdown-title">
          Supplier connections by owner
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => exportCsv('supplier-breakdown', supplierBreakdownCsv(breakdown))}
          >
            Export supplier breakdown (CSV)
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => exportCsv('supplier-gates', gatesCsv(breakdown))}
          >
            Export gates (CSV)
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <figure
          style={{ margin: 0, gridColumn: 'span 2' }}
          aria-label="Connections per owner by health"
        >
          <DeferredMount order={1} height={240}>
            <BarChart
              h={240}
              data={chartData}
              dataKey="owner"
              type="stacked"
              withLegend
              series={[
                { name: 'Up', color: HEALTH_COLORS.up },
                { name: 'Reconnecting', color: HEALTH_COLORS.reconnecting },
                { name: 'Down', color: HEALTH_COLORS.down },
              ]}
            />
          </DeferredMount>
        </figure>
        <Stack
          gap={4}
          align="center"
          component="figure"
          m={0}
          aria-label={`Status: ${statusData.map((d) => `${d.name}: ${d.value}`).join(', ')}`}
        >
          <DeferredMount order={2} height={140}>
            <DonutChart
              data={statusData}
              size={140}
              thickness={24}
              withTooltip
              tooltipDataSource="segment"
            />
          </DeferredMount>
          <Text size="sm" fw={600} component="figcaption">
            Status
          </Text>
          <Text size="xs" c="dimmed">
            {statusData.map((d) => `${d.name}: ${d.value}`).join(', ')}
          </Text>
        </Stack>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Numbers open the supplier grid filtered on the server by owner ID; status counts open the
        owner&apos;s connections (the API cannot filter by status).
      </Text>
      <SortableTable
        caption="Supplier connections per owner business partner"
        columns={ownerColumns(breakdown)}
        rows={breakdown.owners}
        rowKey={(r) => r.key}
        footer={breakdown.totals}
        initialSort={{ id: 'sessions', desc: true }}
      />
      <Title order={3} size="h4">
        Gates not fully up ({gatesNotUp.length} of {breakdown.gates.length})
      </Title>
      <SortableTable
        caption="Supplier gates that are down, reconnecting or degraded"
        columns={gateColumns}
        rows={gatesNotUp}
        rowKey={(g) => g.gateCName}
      />
    </Stack>
  );
});
