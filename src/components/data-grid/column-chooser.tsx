import { Button, Checkbox, Group, Paper, SimpleGrid } from '@mantine/core';

export interface ColumnOption {
  id: string;
  label: string;
}

/** Show/hide columns; at least one column always stays visible. */
export function ColumnChooser({
  options,
  visible,
  onChange,
  onReset,
  onClose,
}: {
  options: ColumnOption[];
  visible: readonly string[];
  onChange: (ids: string[]) => void;
  onReset: () => void;
  onClose: () => void;
}) {
  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...visible, id] : visible.filter((v) => v !== id);
    if (next.length === 0) return;
    // Keep the definition order so the URL is stable whatever order boxes were ticked in.
    onChange(options.map((o) => o.id).filter((o) => next.includes(o)));
  };
  return (
    <Paper withBorder p="sm" radius="md" id="column-chooser">
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>Visible columns</legend>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs" verticalSpacing={6}>
          {options.map((o) => (
            <Checkbox
              key={o.id}
              label={o.label}
              checked={visible.includes(o.id)}
              onChange={(e) => toggle(o.id, e.currentTarget.checked)}
            />
          ))}
        </SimpleGrid>
      </fieldset>
      <Group justify="flex-end" mt="sm" gap="xs">
        <Button size="xs" variant="subtle" onClick={onReset}>
          Reset columns
        </Button>
        <Button size="xs" variant="default" onClick={onClose}>
          Done
        </Button>
      </Group>
    </Paper>
  );
}
