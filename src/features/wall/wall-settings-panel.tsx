import { useState } from 'react';
import { Button, Drawer, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { WALL_LABELS, type WallMetric, type WallThresholds } from '../../lib/aggregate-wall';
import {
  describeBound,
  MAX_REFRESH_SECONDS,
  MAX_STALE_AFTER_SECONDS,
  MIN_REFRESH_SECONDS,
  parseBoundInput,
  parseSecondsInput,
  thresholdParam,
  withoutWallSettings,
  withSeconds,
  withThreshold,
  type Parsed,
  type ThresholdLevel,
} from '../../lib/wall-settings';

const LEVEL_NAME: Record<ThresholdLevel, string> = { amber: 'Warning', red: 'Critical' };

/**
 * The wall's thresholds, stale threshold and refresh, shown and changed. The URL stays the
 * source of truth: each valid entry is written to it at once (a bookmark keeps it), an invalid
 * one says why next to the field and changes nothing.
 */
export function WallSettingsPanel(props: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  onClose: () => void;
  thresholds: WallThresholds;
  staleAfterSeconds: number;
  refreshSeconds: number;
  metrics: readonly WallMetric[];
}) {
  const { params, onChange, thresholds } = props;
  // What is being typed, by URL parameter, while it differs from what the URL holds.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const setDraft = (key: string, text: string | null) =>
    setDrafts((d) => {
      const next = { ...d };
      if (text === null) delete next[key];
      else next[key] = text;
      return next;
    });

  const field = <T,>(
    key: string,
    shown: string,
    parse: (text: string) => Parsed<T>,
    write: (value: T) => URLSearchParams,
  ) => {
    const text = drafts[key] ?? shown;
    const parsed = parse(text);
    return {
      value: text,
      error: parsed.ok ? undefined : parsed.error,
      onChange: (event: { currentTarget: HTMLInputElement }) => {
        const typed = event.currentTarget.value;
        setDraft(key, typed);
        const next = parse(typed);
        if (next.ok) onChange(write(next.value));
      },
      // Once left, a valid entry shows as the URL holds it ("05" as "5").
      onBlur: () => {
        if (parsed.ok) setDraft(key, null);
      },
    };
  };

  const boundField = (metric: WallMetric, level: ThresholdLevel) => {
    const value = thresholds[metric][level];
    return field(
      thresholdParam(metric, level),
      value === null ? '' : String(value),
      parseBoundInput,
      (v) => withThreshold(params, metric, level, v),
    );
  };

  return (
    <Drawer
      opened
      onClose={props.onClose}
      position="right"
      size="lg"
      title="Wall settings"
      closeButtonProps={{ 'aria-label': 'Close wall settings' }}
    >
      <Stack gap="md">
        <Text size="sm">
          A tile turns amber (Warning) or red (Critical) when its number reaches these values. Leave
          a field empty to turn that level off. The settings are part of this page&apos;s address: a
          bookmark or a shared link opens the wall with them.
        </Text>
        <Table aria-label="Thresholds" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Tile</Table.Th>
              <Table.Th scope="col">Warning</Table.Th>
              <Table.Th scope="col">Critical</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.metrics.map((m) => {
              const t = thresholds[m];
              return (
                <Table.Tr key={m}>
                  <Table.Th scope="row" fw={600}>
                    {WALL_LABELS[m]}
                    <Text size="xs" c="dimmed" fw={400}>
                      {t.direction === 'above' ? 'when at or above' : 'when at or below'}
                    </Text>
                  </Table.Th>
                  {(['amber', 'red'] as const).map((level) => (
                    <Table.Td key={level}>
                      <TextInput
                        aria-label={`${WALL_LABELS[m]}: ${LEVEL_NAME[level].toLowerCase()} ${
                          t.direction === 'above' ? 'at or above' : 'at or below'
                        }`}
                        description={describeBound(t[level], t.direction)}
                        inputMode="numeric"
                        autoComplete="off"
                        w={150}
                        {...boundField(m, level)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <TextInput
          label="A bind is stale after (seconds without a tick)"
          inputMode="numeric"
          autoComplete="off"
          w={320}
          {...field(
            'staleAfter',
            String(props.staleAfterSeconds),
            (text) => parseSecondsInput(text, 1, MAX_STALE_AFTER_SECONDS),
            (v) => withSeconds(params, 'staleAfter', v),
          )}
        />
        <TextInput
          label="Refresh every (seconds)"
          inputMode="numeric"
          autoComplete="off"
          w={320}
          {...field(
            'refresh',
            String(props.refreshSeconds),
            (text) => parseSecondsInput(text, MIN_REFRESH_SECONDS, MAX_REFRESH_SECONDS),
            (v) => withSeconds(params, 'refresh', v),
          )}
        />
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setDrafts({});
              onChange(withoutWallSettings(params));
            }}
          >
            Back to the defaults
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
