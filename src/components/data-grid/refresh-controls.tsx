import { memo } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { SelectField } from '../select-field';
import { IconRefresh, IconSparkles } from '@tabler/icons-react';
import { formatRelative } from '../../lib/format-time';
import { REFRESH_INTERVALS, type RefreshInterval } from '../../lib/grid-url-state';
import { useClockValue } from '../use-now';

const LABELS: Record<RefreshInterval, string> = {
  0: 'Off',
  5: '5 s',
  10: '10 s',
  30: '30 s',
  60: '1 min',
};

const INTERVAL_OPTIONS = REFRESH_INTERVALS.map((v) => ({ value: String(v), label: LABELS[v] }));

/** The clock lives down here so its ticking re-renders this line, not the whole grid. */
function UpdatedAgo({ at }: { at: number }) {
  const ago = useClockValue((now) => formatRelative(at, now));
  if (!at) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="updated-ago">
      Updated {ago}
    </Text>
  );
}

export const RefreshControls = memo(function RefreshControls({
  interval,
  onIntervalChange,
  updatedAt,
  refreshing,
  onRefresh,
  newCount,
  newKey,
  leftCount,
}: {
  interval: RefreshInterval;
  onIntervalChange: (v: RefreshInterval) => void;
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
  /** Rows of this page new since the previous answer (marked in the grid). */
  newCount: number;
  /** Changes with every answer, so that the same count after another refresh is heard again. */
  newKey: number;
  leftCount: number;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SelectField
        label="Auto-refresh"
        options={INTERVAL_OPTIONS}
        value={String(interval)}
        onChange={(v) => onIntervalChange(Number(v) as RefreshInterval)}
        w={110}
      />
      <Button
        variant="default"
        onClick={onRefresh}
        loading={refreshing}
        leftSection={<IconRefresh size={16} aria-hidden />}
      >
        Refresh
      </Button>
      <Group gap="xs" mb={8}>
        <UpdatedAgo at={updatedAt} />
        {/* A polite live region, always there, so that screen readers hear each new count. */}
        <Text size="sm" c="dimmed" component="span" role="status">
          {newCount > 0 && (
            <span key={newKey} style={{ whiteSpace: 'nowrap' }}>
              <IconSparkles
                size={14}
                aria-hidden
                style={{ verticalAlign: '-2px', marginInlineEnd: 4 }}
              />
              {newCount} new {newCount === 1 ? 'row' : 'rows'}
            </span>
          )}
        </Text>
        {leftCount > 0 && (
          <Text size="sm" c="dimmed" data-testid="rows-left">
            {/* This page's rows only: one pushed to the next page by new rows counts too. */}
            {leftCount} {leftCount === 1 ? 'row' : 'rows'} left this page since the last refresh
          </Text>
        )}
      </Group>
    </Group>
  );
});
