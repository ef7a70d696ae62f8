import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { createTypingDebounce } from '../lib/typing-debounce';
import { useEventCallback } from '../lib/use-event-callback';

/**
 * Typing stays local; the text goes out once typing pauses (lib/typing-debounce: a pause longer
 * than the typist's own pace), so a word typed quickly is one search. Each search gets a signal
 * that aborts as soon as it is superseded: another key, Clear, a new value from outside, unmount.
 * A new value from outside (back/forward, a pasted link) replaces what is shown; the value a
 * search of ours brought back does not (keys typed since stay).
 */
export const SearchBox = memo(function SearchBox({
  value,
  onChange,
  onPendingChange,
  placeholder,
}: {
  value: string;
  /** Search `q`; until `signal` aborts, nothing newer was typed. */
  onChange: (q: string, signal: AbortSignal) => void;
  /** Whether the text differs from `value` (what the rows answer), whenever either changes. */
  onPendingChange?: (pending: boolean) => void;
  /** What `q` searches on this endpoint, e.g. "Name, account, auth name, address…". */
  placeholder: string;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The last text sent, until the value it brings back arrives.
  const [sent, setSent] = useState<string | null>(null);
  const [outsideChanges, setOutsideChanges] = useState(0);
  if (value !== seen) {
    setSeen(value);
    setSent(null);
    if (value !== sent) {
      setText(value);
      setOutsideChanges((n) => n + 1);
    }
  }
  const search = useRef<AbortController | null>(null);
  const supersede = useEventCallback(() => {
    search.current?.abort();
    search.current = null;
  });
  const send = useEventCallback((q: string) => {
    supersede();
    const controller = new AbortController();
    search.current = controller;
    setSent(q);
    onChange(q, controller.signal);
  });
  const [debounce] = useState(() => createTypingDebounce((q: string) => send(q)));
  // A value from outside ends whatever was typed or sent before it.
  useEffect(() => {
    if (outsideChanges === 0) return;
    debounce.cancel();
    supersede();
  }, [outsideChanges, debounce, supersede]);
  // After every render and before its paint: the frame that shows a key, or a search's answer,
  // shows the mark that goes with it (the grid may have cleared it with an answer since typed over).
  const pending = text !== value;
  useLayoutEffect(() => {
    onPendingChange?.(pending);
  });
  useEffect(
    () => () => {
      debounce.cancel();
      supersede();
    },
    [debounce, supersede],
  );
  return (
    <TextInput
      label="Search"
      placeholder={placeholder}
      value={text}
      type="search"
      leftSection={<IconSearch size={16} aria-hidden />}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        supersede();
        if (next === value) debounce.cancel();
        else debounce.push(next);
      }}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search"
            onClick={() => {
              debounce.cancel();
              setText('');
              send('');
            }}
          />
        ) : null
      }
      // Wide enough for the longest hint ("Supplier, gate, connection, host, owner…") in full.
      w={{ base: '100%', sm: 340 }}
    />
  );
});
