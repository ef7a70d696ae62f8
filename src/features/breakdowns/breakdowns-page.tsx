import { useDeferredValue } from 'react';
import '@mantine/charts/styles.css';
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useDisplaySettings } from '../../components/use-display-settings';
import { formatClock, formatCount } from '../../lib/format-time';
import { SUPPLIER_VIEW_PRIVILEGE } from '../../lib/privileges';
import { useAggregation } from '../../workers/use-aggregation';
import { AggregationProgress } from '../../workers/aggregation-progress';
import { CustomerBreakdownSection } from './customer-breakdown-section';
import { SupplierBreakdownSection } from './supplier-breakdown-section';

/** Sessions by owner business partner, for managers (lazy-loaded: it carries the charts). */
export function BreakdownsPage() {
  const { staleSeconds, timeZone } = useDisplaySettings();
  const { query, progressKey } = useAggregation({ staleAfterMs: staleSeconds * 1000, timeZone });
  // Charts and tables for every owner render in an interruptible pass, not one long task.
  const data = useDeferredValue(query.data);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Breakdowns
          </Title>
          {data && (
            <Text size="sm" c="dimmed">
              {formatCount(data.customers.totals.sessions)} customer sessions
              {data.suppliersForbidden
                ? ''
                : ` and ${formatCount(data.suppliers.totals.sessions)} supplier connections`}
              , counted at {formatClock(data.now)}; stale means no tick for {staleSeconds} s.
            </Text>
          )}
        </div>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={() => void query.refetch()}
          loading={query.isFetching}
        >
          Refresh
        </Button>
      </Group>
      {query.isFetching && <AggregationProgress progressKey={progressKey} />}
      {query.isError && (
        <ApiErrorAlert
          error={query.error}
          title={
            data ? 'Refresh failed: the numbers below are from the last good count' : undefined
          }
          onRetry={() => void query.refetch()}
        />
      )}
      {data && (
        <Tabs defaultValue="customers" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="customers">Customer sessions</Tabs.Tab>
            {/* Not offered to an account that may not see supplier sessions. */}
            {!data.suppliersForbidden && (
              <Tabs.Tab value="suppliers">Supplier connections</Tabs.Tab>
            )}
          </Tabs.List>
          {data.suppliersForbidden && (
            <Text size="sm" mt="xs">
              {`Supplier connections are not shown: they need the privilege "${SUPPLIER_VIEW_PRIVILEGE}", which your account does not have.`}
            </Text>
          )}
          <Tabs.Panel value="customers" pt="md">
            <CustomerBreakdownSection breakdown={data.customers} />
          </Tabs.Panel>
          {!data.suppliersForbidden && (
            <Tabs.Panel value="suppliers" pt="md">
              <SupplierBreakdownSection breakdown={data.suppliers} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
