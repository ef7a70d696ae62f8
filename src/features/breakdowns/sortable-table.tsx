import { useMemo, useState, type ReactNode } from 'react';
import { Anchor, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatCount } from '../../lib/format-time';

export interface SortableColumn<Row> {
  id: string;
  header: string;
  value: (row: Row) => number | string;
  /** Defaults to the value, formatted; numbers are right-aligned. */
  render?: (row: Row) => ReactNode;
}

interface Props<Row> {
  caption: string;
  columns: SortableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** A last row (e.g. totals) that stays at the bottom whatever the sort. */
  footer?: Row;
  initialSort?: { id: string; desc: boolean };
}

/** A small client-sorted table for aggregates (a few hundred rows at most). */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  footer,
  initialSort,
}: Props<Row>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.id);
    if (!sort || !column) return rows;
    const dir = sort.desc ? -1 : 1;
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const cmp =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'en', { numeric: true });
      return cmp * dir;
    });
  }, [rows, columns, sort]);

  const cell = (row: Row, c: SortableColumn<Row>) => {
    const v = c.value(row);
    return (
      <Table.Td key={c.id} style={typeof v === 'number' ? { textAlign: 'right' } : undefined}>
        {c.render ? c.render(row) : typeof v === 'number' ? formatCount(v) : v}
      </Table.Td>
    );
  };

  return (
    <Table.ScrollContainer minWidth={600} type="native">
      <Table striped highlightOnHover withTableBorder stickyHeader>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const active = sort?.id === c.id;
              const Icon = !active ? IconArrowsSort : sort.desc ? IconArrowDown : IconArrowUp;
              return (
                <Table.Th
                  key={c.id}
                  aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
                >
                  <UnstyledButton
                    onClick={() =>
                      setSort(active ? { id: c.id, desc: !sort.desc } : { id: c.id, desc: true })
                    }
                    style={{
                      display: 'inline-flex',
                      alignItems: 'center',
                      gap: 4,
                      fontWeight: 700,
                    }}
                  >
                    {c.header}
                    <Icon size={14} aria-hidden />
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={rowKey(row)}>{columns.map((c) => cell(row, c))}</Table.Tr>
          ))}
        </Table.Tbody>
        {footer && (
          <Table.Tfoot>
            <Table.Tr fw={700}>{columns.map((c) => cell(footer, c))}</Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

/** A count that opens the list it counts. */
export function CountLink({ n, to, label }: { n: number; to: string; label: string }) {
  if (n === 0) return <>0</>;
  return (
    <Anchor component={Link} to={to} aria-label={`${formatCount(n)} ${label}`} size="sm">
      {formatCount(n)}
    </Anchor>
  );
}
