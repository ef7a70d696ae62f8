import { useEffect, useRef } from 'react';
import {
  ActionIcon,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Text,
} from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { moveColumn, toggleColumn } from '../../lib/column-order';
import type { Density } from '../../lib/grid-prefs';

export interface ColumnOption {
  id: string;
  label: string;
}

const DENSITY_OPTIONS: { value: Density; label: string }[] = [
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact' },
];

/**
 * Column controls: show/hide and order (both part of the view, so they go to the URL), plus the
 * per-browser row density and a reset of resized widths. Shown columns are listed first, in the
 * order shown; hidden ones follow in definition order and join the end when ticked.
 */
export function ColumnChooser({
  options,
  visible,
  onChange,
  onReset,
  density,
  onDensityChange,
  hasWidths,
  onResetWidths,
  onClose,
}: {
  options: ColumnOption[];
  visible: readonly string[];
  onChange: (ids: string[]) => void;
  onReset: () => void;
  density: Density;
  onDensityChange: (density: Density) => void;
  hasWidths: boolean;
  onResetWidths: () => void;
  onClose: () => void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  // A moved item may be re-inserted in the DOM, which drops focus: put it back where it was.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const key = refocus.current;
    refocus.current = null;
    if (!key || !listRef.current) return;
    const target = listRef.current.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
    const fallback = listRef.current.querySelector<HTMLElement>(
      `[data-focus-key="${key.split(':')[0]}:toggle"]`,
    );
    (target && !target.hasAttribute('disabled') ? target : fallback)?.focus();
  }, [visible]);

  const byId = new Map(options.map((o) => [o.id, o]));
  const shown = visible.filter((id) => byId.has(id));
  const ordered = [
    ...shown.flatMap((id) => byId.get(id) ?? []),
    ...options.filter((o) => !shown.includes(o.id)),
  ];
  const change = (next: string[], focusKey: string) => {
    refocus.current = focusKey;
    onChange(next);
  };

  return (
    <Paper withBorder p="sm" radius="md" id="column-chooser">
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 4 }}>Columns</legend>
        <Text size="sm" mb="xs">
          Tick to show; the arrows move a shown column left or right. Drag a header&apos;s right
          edge (or focus it and press the arrow keys) to resize.
        </Text>
        <Box
          component="ol"
          ref={listRef}
          aria-label="Columns, shown ones in order"
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
            gap: '4px 16px',
          }}
        >
          {ordered.map((o) => {
            const index = shown.indexOf(o.id);
            const isShown = index >= 0;
            return (
              <li key={o.id}>
                <Group gap={4} wrap="nowrap" justify="space-between">
                  <Checkbox
                    label={o.label}
                    checked={isShown}
                    data-focus-key={`${o.id}:toggle`}
                    onChange={(e) =>
                      change(toggleColumn(shown, o.id, e.currentTarget.checked), `${o.id}:toggle`)
                    }
                  />
                  {isShown && (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-label={`Move ${o.label} left`}
                        disabled={index === 0}
                        data-focus-key={`${o.id}:left`}
                        onClick={() => change(moveColumn(shown, o.id, -1), `${o.id}:left`)}
                      >
                        <IconArrowLeft size={14} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-label={`Move ${o.label} right`}
                        disabled={index === shown.length - 1}
                        data-focus-key={`${o.id}:right`}
                        onClick={() => change(moveColumn(shown, o.id, 1), `${o.id}:right`)}
                      >
                        <IconArrowRight size={14} aria-hidden />
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
              </li>
            );
          })}
        </Box>
      </fieldset>
      <Group justify="space-between" mt="sm" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} id="row-density-label">
            Row density
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="row-density-label"
            data={DENSITY_OPTIONS}
            value={density}
            onChange={(v) => onDensityChange(v === 'compact' ? 'compact' : 'comfortable')}
          />
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="subtle" onClick={onResetWidths} disabled={!hasWidths}>
            Reset widths
          </Button>
          <Button size="xs" variant="subtle" onClick={onReset}>
            Reset columns
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
