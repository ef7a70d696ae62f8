import { memo } from 'react';
import { Group, Pagination, Text } from '@mantine/core';
import { SelectField } from '../select-field';
import { formatRange } from '../../lib/format-time';
import { PAGE_SIZES, type PageSize } from '../../lib/grid-url-state';

const CONTROL_LABELS = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

const SIZE_OPTIONS = PAGE_SIZES.map((s) => ({ value: String(s), label: String(s) }));
const controlProps = (control: keyof typeof CONTROL_LABELS) => ({
  'aria-label': CONTROL_LABELS[control],
});

/** Memoised: the grid re-renders several times per page change; this changes once. */
export const GridPagination = memo(function GridPagination({
  page,
  pageSize,
  shown,
  total,
  onPageChange,
  onPageSizeChange,
  onIntent,
}: {
  page: number;
  pageSize: PageSize;
  shown: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: PageSize) => void;
  /** The pointer or the focus came to the controls: a page change may follow. */
  onIntent?: () => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group
      justify="space-between"
      wrap="wrap"
      gap="sm"
      component="nav"
      aria-label="Pagination"
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      <Group gap="sm" wrap="nowrap">
        <SelectField
          label="Rows per page"
          options={SIZE_OPTIONS}
          value={String(pageSize)}
          onChange={(v) => onPageSizeChange(Number(v) as PageSize)}
          w={110}
        />
        <Text size="sm" aria-live="polite" data-testid="grid-range" mt={20}>
          {formatRange(page, pageSize, shown, total)}
        </Text>
      </Group>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onPageChange}
        withEdges
        size="sm"
        getControlProps={controlProps}
        getItemProps={(p) => ({
          'aria-label': `Page ${p}`,
          'aria-current': p === page ? 'page' : undefined,
        })}
      />
    </Group>
  );
});
