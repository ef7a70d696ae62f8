import { memo } from 'react';
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
}: {
  filters: readonly Filter[];
  fields: readonly FilterField[];
  onRemove: (index: number) => void;
  onClear: () => void;
}) {
  if (filters.length === 0) return null;
  return (
    <Group gap="xs">
      <Group gap="xs" role="list" aria-label="Active filters">
        {filters.map((f, i) => {
          const text = describeFilter(f, fields);
          return (
            <Pill
              key={encodeFilter(f)}
              role="listitem"
              size="md"
              withRemoveButton
              onRemove={() => onRemove(i)}
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
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        Clear all
      </Button>
    </Group>
  );
});
