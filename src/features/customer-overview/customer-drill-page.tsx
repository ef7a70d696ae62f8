import { useDeferredValue, useMemo } from 'react';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useDisplaySettings } from '../../components/use-display-settings';
import { describeDrill, drillFromParams } from '../../lib/aggregate-filter';
import { formatCount } from '../../lib/format-time';
import { useCustomerDrill } from '../../workers/use-aggregation';
import { AggregationProgress } from '../../workers/aggregation-progress';
import { BindsTable } from './binds-table';

// Rows handed from the worker to the page: cloning them is main-thread work (about 6 ms per
// thousand here), and 2,000 is 40 pages of 50 — past that, a narrower drill serves better.
const LIMIT = 2000;

/**
 * Customer sessions by owner, state, mode, protocol version, stale or blocked: none of these is
 * a server filter, so every session is fetched (`all=yes`) and filtered in a worker.
 */
export function CustomerDrillPage() {
  const [params] = useSearchParams();
  const drill = useMemo(() => drillFromParams(params), [params]);
  const { staleSeconds, timeZone } = useDisplaySettings();
  const { query, progressKey } = useCustomerDrill(
    { staleAfterMs: staleSeconds * 1000, timeZone },
    drill,
    LIMIT,
  );
  // The answer renders in an interruptible pass: a long list never holds the main thread.
  const data = useDeferredValue(query.data);
  const ownerName = drill.owner !== undefined ? data?.rows[0]?.ownerBpName : undefined;
  const what = describeDrill(drill, ownerName);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Customer sessions: {what}
        </Title>
        <Anchor component={Link} to="/breakdowns">
          Back to breakdowns
        </Anchor>
      </Group>
      <Alert icon={<IconInfoCircle aria-hidden />} color="blue" title="Filtered in your browser">
        The platform cannot filter customer sessions by owner, state, mode, protocol version,
        staleness or blocked state, so this list is every session (all=yes) filtered here. It does
        not refresh by itself and cannot be shared as a grid view.
      </Alert>
      {query.isFetching && <AggregationProgress progressKey={progressKey} />}
      {query.isError && <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && (
        <>
          <Text data-testid="drill-count">
            {formatCount(data.matched)} of {formatCount(data.total)} sessions match
            {data.matched > data.rows.length
              ? ` (the first ${formatCount(data.rows.length)} shown)`
              : ''}
            .
          </Text>
          <BindsTable
            rows={data.rows}
            caption={`Customer sessions: ${what}`}
            // A screenful: the first page lays out in one frame without a long task.
            pageSize={25}
          />
        </>
      )}
    </Stack>
  );
}
