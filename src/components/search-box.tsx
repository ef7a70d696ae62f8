import { memo, useState } from 'react';
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';

const DEBOUNCE_MS = 300;

/**
 * Typing stays local; the value is committed once typing pauses, so "acme" typed quickly is one
 * request. A new value from outside (back/forward, a pasted link) replaces what is shown.
 */
export const SearchBox = memo(function SearchBox({
  value,
  onChange,
  placeholder,
}: {
  value: string;
  onChange: (q: string) => void;
  /** What `q` searches on this endpoint, e.g. "Name, account, auth name, address…". */
  placeholder: string;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const commit = useDebouncedCallback((q: string) => onChange(q), DEBOUNCE_MS);
  return (
    <TextInput
      label="Search"
      placeholder={placeholder}
      value={text}
      type="search"
      leftSection={<IconSearch size={16} aria-hidden />}
      onChange={(e) => {
        setText(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search"
            onClick={() => {
              commit.cancel();
              setText('');
              onChange('');
            }}
          />
        ) : null
      }
      // Wide enough for the longest hint ("Supplier, gate, connection, host, owner…") in full.
      w={{ base: '100%', sm: 340 }}
    />
  );
});
