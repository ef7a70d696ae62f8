import { Group, Loader, Progress as Bar, Text } from '@mantine/core';
import type { Progress } from './aggregation-client';
import { useProgress } from './progress-store';
import { formatCount } from '../lib/format-time';

const PHASE: Record<Progress['phase'], string> = {
  fetching: 'Downloading every session',
  parsing: 'Reading the answer',
  aggregating: 'Counting',
};

/** What the worker is doing, for lists of 100,000 sessions that take a moment. */
export function AggregationProgress({ progressKey }: { progressKey: string }) {
  const progress = useProgress(progressKey);
  const label = progress ? PHASE[progress.phase] : 'Asking the platform for every session';
  const pct = progress?.total ? Math.min(100, (progress.done / progress.total) * 100) : null;
  const detail =
    progress?.phase === 'aggregating' && progress.total
      ? `${formatCount(progress.done)} of ${formatCount(progress.total)} sessions`
      : progress && progress.phase !== 'aggregating'
        ? `${(progress.done / 1_048_576).toFixed(1)} MB`
        : '';
  return (
    <div role="status" aria-live="polite">
      <Group gap="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm">
          {label}
          {detail ? ` · ${detail}` : ''}…
        </Text>
      </Group>
      {pct !== null && <Bar value={pct} mt={4} aria-label={label} size="sm" />}
    </div>
  );
}
