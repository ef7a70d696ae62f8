import { createContext, use, useMemo, useState, type ReactNode } from 'react';
import classes from '../../components/light-elements.module.css';

// Selected grid rows, by session ID, with the row as it was when selected (the bulk action needs
// its auth name or gate even after a refresh moved it off the page). Kept across refreshes and
// paging, so a selection can span pages.

export interface RowSelection<T> {
  selected: ReadonlyMap<string, T>;
  toggle: (id: string, row: T, on: boolean) => void;
  setMany: (rows: readonly (readonly [string, T])[], on: boolean) => void;
  clear: () => void;
}

const SelectionContext = createContext<RowSelection<unknown> | null>(null);

export function RowSelectionProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlyMap<string, unknown>>(new Map());
  const value = useMemo<RowSelection<unknown>>(
    () => ({
      selected,
      toggle: (id, row, on) =>
        setSelected((prev) => {
          const next = new Map(prev);
          if (on) next.set(id, row);
          else next.delete(id);
          return next;
        }),
      setMany: (rows, on) =>
        setSelected((prev) => {
          const next = new Map(prev);
          for (const [id, row] of rows) {
            if (on) next.set(id, row);
            else next.delete(id);
          }
          return next;
        }),
      clear: () => setSelected(new Map()),
    }),
    [selected],
  );
  return <SelectionContext value={value}>{children}</SelectionContext>;
}

export function useRowSelection<T>(): RowSelection<T> | null {
  return use(SelectionContext) as RowSelection<T> | null;
}

// Native checkboxes (styled like Mantine's size xs): a page of 500 rows mounts one per row.
export function RowCheckbox<T>({ id, row, label }: { id: string; row: T; label: string }) {
  const selection = useRowSelection<T>();
  if (!selection || !id) return null;
  return (
    <input
      type="checkbox"
      className={classes.checkbox}
      aria-label={label}
      checked={selection.selected.has(id)}
      onChange={(e) => selection.toggle(id, row, e.currentTarget.checked)}
    />
  );
}

export function PageCheckbox<T>({
  rows,
  getId,
}: {
  rows: readonly T[];
  getId: (row: T) => string;
}) {
  const selection = useRowSelection<T>();
  if (!selection) return null;
  const ids = rows.map(getId).filter(Boolean);
  const count = ids.filter((id) => selection.selected.has(id)).length;
  const all = ids.length > 0 && count === ids.length;
  const some = count > 0 && !all;
  return (
    <input
      type="checkbox"
      className={classes.checkbox}
      aria-label="Select all rows on this page"
      checked={all}
      // indeterminate (announced as "mixed") is a DOM property only: set on every render.
      ref={(el) => {
        if (el) el.indeterminate = some;
      }}
      disabled={ids.length === 0}
      onChange={() =>
        selection.setMany(
          rows.map((r) => [getId(r), r] as const),
          !all,
        )
      }
    />
  );
}
