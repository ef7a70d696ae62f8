import {
  Badge,
  Button,
  Drawer,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { formatClock } from '../../lib/format-time';
import { DIALOG_A11Y } from './action-dialog-a11y';
import { recordColor } from './action-outcome';
import { setActionSettings, useActionSettings } from './action-settings';
import { clearActionRecords, useActionRecords } from './action-store';
import { TITLE, verificationText } from './action-text';

function ActionSettingsForm() {
  const s = useActionSettings();
  const seconds = (ms: number) => Math.round(ms / 1000);
  const num = (v: string | number, fallback: number) => (typeof v === 'number' ? v : fallback);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Action settings
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NumberInput
          label="Pause between bulk requests (ms)"
          min={0}
          max={60_000}
          step={100}
          value={s.staggerMs}
          onChange={(v) => setActionSettings({ staggerMs: num(v, s.staggerMs) })}
          w={220}
        />
        <NumberInput
          label="Gate back within (s)"
          min={1}
          max={600}
          value={seconds(s.restartDeadlineMs)}
          onChange={(v) =>
            setActionSettings({ restartDeadlineMs: num(v, seconds(s.restartDeadlineMs)) * 1000 })
          }
          w={160}
        />
        <NumberInput
          label="Binds gone within (s)"
          min={5}
          max={600}
          value={seconds(s.stopDeadlineMs)}
          onChange={(v) =>
            setActionSettings({ stopDeadlineMs: num(v, seconds(s.stopDeadlineMs)) * 1000 })
          }
          w={160}
        />
        <NumberInput
          label="Watch for a rebind for (s)"
          min={0}
          max={3600}
          value={seconds(s.rebindWatchMs)}
          onChange={(v) =>
            setActionSettings({ rebindWatchMs: num(v, seconds(s.rebindWatchMs)) * 1000 })
          }
          w={180}
        />
      </Group>
    </Stack>
  );
}

/**
 * The drawer behind the header's "Recent actions" button, loaded on its first use. It opens one
 * render after mounting, so focus still returns to the button when it closes.
 */
export function RecentActionsDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const records = useActionRecords();
  const mounted = useMounted();
  return (
    <Drawer
      opened={opened && mounted}
      onClose={onClose}
      position="right"
      size="xl"
      title="Recent actions (this browser session)"
      {...DIALOG_A11Y}
    >
      <Stack gap="md">
        {records.length === 0 ? (
          <Text>No actions yet in this browser session.</Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} aria-label="Recent actions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">From</Table.Th>
                <Table.Th scope="col">Outcome</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatClock(r.requestedAt)}</Table.Td>
                  <Table.Td>{r.user}</Table.Td>
                  <Table.Td>
                    {TITLE[r.kind](r.target)}
                    {r.impact && (
                      <Text size="xs" c="dimmed">
                        {r.impact}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.origin}</Table.Td>
                  <Table.Td>
                    <Badge color={recordColor(r)} variant="dot" mb={2}>
                      {r.status === 'failed'
                        ? 'Failed'
                        : r.status === 'sending'
                          ? 'Sending'
                          : 'Accepted'}
                    </Badge>
                    <Text size="xs">{verificationText(r)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <ActionSettingsForm />
        {records.length > 0 && (
          <Group>
            <Button variant="subtle" color="gray" size="xs" onClick={clearActionRecords}>
              Clear this list
            </Button>
          </Group>
        )}
      </Stack>
    </Drawer>
  );
}
