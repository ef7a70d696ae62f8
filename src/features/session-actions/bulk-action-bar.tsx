import { Button, Group, Paper, Text } from '@mantine/core';
import { distinctNames, plural } from '../../lib/action-impact';
import { GuardedActionButton } from './action-buttons';
import type { ActionKindName } from './action-privileges';
import { useRowSelection } from './row-selection';
import { openRestartGateDialog, openStopBindsDialog } from './open-action-dialog';

/**
 * Shown while rows are selected: acts on the distinct auth names (or gates) of the selection in
 * one confirmed, staggered run.
 */
export function BulkActionBar<T>(props: {
  kind: ActionKindName;
  origin: string;
  nameOf: (row: T) => string | undefined;
}) {
  const selection = useRowSelection<T>();
  if (!selection || selection.selected.size === 0) return null;
  const names = distinctNames([...selection.selected.values()].map(props.nameOf));
  const noun =
    props.kind === 'stop' ? plural(names.length, 'auth name') : plural(names.length, 'gate');
  const label = props.kind === 'stop' ? `Stop binds of ${noun}` : `Restart ${noun}`;
  return (
    <Paper withBorder p="xs" role="region" aria-label="Bulk actions">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" aria-live="polite">
          {plural(selection.selected.size, 'session')} selected · {noun}
        </Text>
        <Group gap="xs">
          <GuardedActionButton
            kind={props.kind}
            size="xs"
            variant="filled"
            label={label}
            disabled={names.length === 0}
            onOpen={() => {
              const open = props.kind === 'stop' ? openStopBindsDialog : openRestartGateDialog;
              open(names, props.origin, selection.clear);
            }}
          />
          <Button size="xs" variant="default" onClick={selection.clear}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
