import { useState } from 'react';
import { Anchor, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { ActionRecord } from '../../lib/action-history';
import { verificationTone } from '../../lib/action-verification';
import { formatClock } from '../../lib/format-time';
import type { ActionKindName } from './action-privileges';
import { useActionRecords } from './action-store';
import { TITLE, verificationText } from './action-text';

const TONE_COLOR = { pending: 'blue', success: 'green', warning: 'yellow', error: 'red' } as const;

export function recordColor(record: ActionRecord): string {
  if (record.status === 'failed') return 'red';
  if (record.status === 'sending' || !record.verification) return 'blue';
  return TONE_COLOR[verificationTone(record.verification)];
}

function OutcomeLine({ record, onDismiss }: { record: ActionRecord; onDismiss?: () => void }) {
  return (
    // Not an Alert: the surrounding live region announces it; a nested role=alert would shout.
    <Paper
      withBorder
      px="sm"
      py={6}
      data-testid="action-outcome"
      style={{ borderLeft: `4px solid var(--mantine-color-${recordColor(record)}-7)` }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {TITLE[record.kind](record.target)} · {formatClock(record.requestedAt)} · {record.user}
          </Text>
          <Text size="sm">{verificationText(record)}</Text>
        </Stack>
        {onDismiss && <CloseButton size="sm" aria-label="Dismiss" onClick={onDismiss} />}
      </Group>
    </Paper>
  );
}

/**
 * The outcome where the action started: the latest action on this target made from this page
 * since it opened. A polite live region, so the verdict is announced when it arrives.
 */
export function ActionOutcome({
  kind,
  target,
}: {
  kind: ActionKindName;
  target: string | undefined;
}) {
  const [since] = useState(() => Date.now());
  const records = useActionRecords();
  const record = records.find(
    (r) => r.kind === kind && r.target === target && r.requestedAt >= since,
  );
  return (
    <div role="status" aria-live="polite">
      {record && <OutcomeLine record={record} />}
    </div>
  );
}

/** For a grid page: the actions started from it since it opened, newest first. */
export function OriginOutcomes({ origin, limit = 4 }: { origin: string; limit?: number }) {
  const [since] = useState(() => Date.now());
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const records = useActionRecords().filter(
    (r) => r.origin === origin && r.requestedAt >= since && !dismissed.has(r.id),
  );
  const shown = records.slice(0, limit);
  return (
    <div role="status" aria-live="polite" aria-label="Results of your actions">
      {shown.length > 0 && (
        <Stack gap={4}>
          {shown.map((r) => (
            <OutcomeLine
              key={r.id}
              record={r}
              onDismiss={() => setDismissed((d) => new Set(d).add(r.id))}
            />
          ))}
          {records.length > limit && (
            <Text size="xs" c="dimmed">
              {records.length - limit} more in <Anchor component="span">Recent actions</Anchor>.
            </Text>
          )}
        </Stack>
      )}
    </div>
  );
}
