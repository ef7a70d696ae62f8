import { Button, Group, NumberInput, Paper, Select } from '@mantine/core';
import { useDisplaySettings } from './use-display-settings';

let zoneList: string[] | null = null;

function timeZones(): string[] {
  if (!zoneList) {
    const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
    const zones = intl.supportedValuesOf?.('timeZone') ?? [];
    zoneList = ['UTC', ...zones.filter((z) => z !== 'UTC')];
  }
  return zoneList;
}

/** Platform time zone and stale threshold, remembered per browser. */
export function DisplaySettingsPanel({ onClose }: { onClose: () => void }) {
  const { timeZone, staleSeconds, setTimeZone, setStaleSeconds } = useDisplaySettings();
  return (
    <Paper withBorder p="sm" radius="md" id="display-settings">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Platform time zone"
          description="Platform timestamps carry no zone"
          data={timeZones()}
          value={timeZone}
          onChange={(v) => v && setTimeZone(v)}
          searchable
          allowDeselect={false}
          w={240}
        />
        <NumberInput
          label="Stale after (seconds)"
          description="A bind whose last tick is older is marked Stale"
          value={staleSeconds}
          min={5}
          max={86_400}
          onChange={(v) => typeof v === 'number' && setStaleSeconds(v)}
          w={240}
        />
        <Button variant="default" onClick={onClose}>
          Done
        </Button>
      </Group>
    </Paper>
  );
}
