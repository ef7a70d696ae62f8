import { memo, useEffect, useRef } from 'react';
import { Button, Group, Pill } from '@mantine/core';
import {
  describeFilter,
  encodeFilter,
  type Filter,
  type FilterField,
} from '../../lib/filter-grammar';

export const FilterChips = memo(function FilterChips({
  filters,
  fields,
  onRemove,
  onClear,
  onEmptied,
}: {
  filters: readonly Filter[];
  fields: readonly FilterField[];
  onRemove: (index: number) => void;
  onClear: () => void;
  /** Takes the keyboard focus once the chips the user was on are gone. */
  onEmptied: () => void;
}) {
  // A removed chip takes its focused button with it: the focus moves to the chip now in its
  // place (or the one before), and to onEmptied when none is left.
  const list = useRef<HTMLDivElement>(null);
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const next = buttons[Math.min(at, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied();
  }, [filters, onEmptied]);
  if (filters.length === 0) return null;
  return (
    <Group gap="xs">
      <Group ref={list} gap="xs" role="list" aria-label="Active filters">
        {filters.map((f, i) => {
          const text = describeFilter(f, fields);
          return (
            <Pill
              key={encodeFilter(f)}
              role="listitem"
              size="md"
              withRemoveButton
              onRemove={() => {
                removedAt.current = i;
                onRemove(i);
              }}
              // Pill hides its remove button from keyboard and screen readers by default (it is
              // meant for inputs with Backspace); here it is the only way to remove a filter.
              removeButtonProps={{
                'aria-label': `Remove filter ${text}`,
                'aria-hidden': false,
                tabIndex: 0,
              }}
            >
              {text}
            </Pill>
          );
        })}
      </Group>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => {
          removedAt.current = 0;
          onClear();
        }}
      >
        Clear all
      </Button>
    </Group>
  );
});
