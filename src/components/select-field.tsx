import type { ChangeEvent } from 'react';
import { InputBase } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';

/**
 * A labelled native <select>. Mantine's NativeSelect pulls in the whole Combobox (popover,
 * floating UI) for its chevron icon; this keeps the toolbar out of that weight.
 */
export function SelectField({
  label,
  value,
  options,
  onChange,
  w,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  w?: number;
}) {
  return (
    <InputBase
      component="select"
      label={label}
      value={value}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.currentTarget.value)}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      rightSectionPointerEvents="none"
      w={w}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </InputBase>
  );
}
