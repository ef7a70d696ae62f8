import { memo, useEffect, useRef, useState } from 'react';
import { Button, Group, Progress, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconFileDownload, IconX } from '@tabler/icons-react';
import type { RowData } from '@tanstack/react-table';
import { describeApiError, isAbortError } from '../../api/api-error';
import type { DownloadOptions, DownloadProgress } from '../../api/fetch-with-progress';
import type { CsvColumn } from '../../lib/csv';
import type { ListCriteria } from '../../lib/list-query';
import { showNotification } from '../show-notification';
import { columnId, columnLabel, type GridColumn } from './grid-features';

/** A feature's `all=yes` fetch: every row matching the criteria, reporting download progress. */
export type FetchAllRows<T> = (criteria: ListCriteria, options: DownloadOptions) => Promise<T[]>;

export interface ExportButtonProps<T extends RowData> {
  /** The grid's title; names the file. */
  title: string;
  criteria: ListCriteria;
  columns: GridColumn<T>[];
  visibleColumns: readonly string[];
  /** The view's total from the last page answer, for "n of total" while downloading. */
  expectedRows: number | undefined;
  fetchRows: FetchAllRows<T>;
}

type Progress =
  | { phase: 'download'; rows: number; fraction: number | undefined }
  | { phase: 'write'; rows: number; total: number };

const UPDATE_EVERY_MS = 100;

/**
 * The data columns shown in the grid, in the order shown (`cols` lists them in that order), read
 * from the row itself: raw API values (platform timestamps, not "12 s ago"), since a file is for
 * further work. Display columns (health, selection, actions) have no value to export.
 */
function exportColumns<T extends RowData>(
  columns: GridColumn<T>[],
  visible: readonly string[],
): CsvColumn<T>[] {
  const data = columns.filter(
    (c) =>
      typeof (c as { accessorKey?: unknown }).accessorKey === 'string' ||
      typeof (c as { accessorFn?: unknown }).accessorFn === 'function',
  );
  const fixed = data.filter((c) => c.enableHiding === false);
  const shown = visible.flatMap((id) => {
    const c = data.find((d) => columnId(d) === id && d.enableHiding !== false);
    return c ? [c] : [];
  });
  return [...fixed, ...shown].map((c) => {
    const fn = (c as { accessorFn?: (row: T, index: number) => unknown }).accessorFn;
    const accessorKey = (c as { accessorKey?: unknown }).accessorKey;
    const key = typeof accessorKey === 'string' ? accessorKey : columnId(c);
    return {
      label: columnLabel(c),
      value: fn ? (row: T) => fn(row, 0) : (row: T) => (row as Record<string, unknown>)[key],
    };
  });
}

function saveFile(parts: string[], name: string) {
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download holds its own reference once started; the memory can go after that.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const count = (n: number) => n.toLocaleString('en-US');

function statusText(p: Progress, expected: number | undefined): string {
  if (p.phase === 'write') return `Writing CSV… ${count(p.rows)} of ${count(p.total)} rows`;
  return expected !== undefined && expected >= p.rows
    ? `Exporting… ${count(p.rows)} of ${count(expected)} rows received`
    : `Exporting… ${count(p.rows)} rows received`;
}

/** Exports the grid's current view (every matching row, visible columns) as a CSV download. */
function ExportButtonView<T extends RowData>(props: ExportButtonProps<T>) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page abandons the export rather than dropping a file later.
  useEffect(() => () => controller.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async (input: { criteria: ListCriteria; columns: CsvColumn<T>[] }) => {
      // Loaded on first use, while the rows download: most visits never export.
      const writer = Promise.all([import('../../lib/csv'), import('../../lib/export-file-name')]);
      const abort = new AbortController();
      controller.current = abort;
      const { signal } = abort;
      const expected = props.expectedRows;
      let last = 0;
      const throttled = (next: Progress, force = false) => {
        const now = performance.now();
        if (!force && now - last < UPDATE_EVERY_MS) return;
        last = now;
        setProgress(next);
      };
      throttled({ phase: 'download', rows: 0, fraction: undefined }, true);
      const rows = await props.fetchRows(input.criteria, {
        signal,
        onProgress: (p: DownloadProgress) => {
          const fraction =
            p.totalBytes !== undefined
              ? p.bytes / p.totalBytes
              : expected
                ? Math.min(p.rows / expected, 1)
                : undefined;
          throttled({ phase: 'download', rows: p.rows, fraction });
        },
      });
      const [{ buildCsv }, { exportFileName }] = await writer;
      const parts = await buildCsv(rows, input.columns, {
        signal,
        onProgress: (written, total) => throttled({ phase: 'write', rows: written, total }),
      });
      const name = exportFileName(
        props.title,
        input.criteria.filters,
        input.criteria.q,
        new Date(),
      );
      saveFile(parts, name);
      return { name, rows: rows.length };
    },
    onSuccess: ({ name, rows }) => {
      showNotification({
        color: 'green',
        title: 'Export ready',
        message: `${count(rows)} ${rows === 1 ? 'row' : 'rows'} saved as ${name}`,
      });
    },
    onError: (error) => {
      if (isAbortError(error)) {
        showNotification({ title: 'Export cancelled', message: 'No file was saved.' });
        return;
      }
      showNotification({
        color: 'red',
        title: 'Export failed',
        message: `${describeApiError(error)} No file was saved.`,
        autoClose: false,
      });
    },
    onSettled: () => {
      controller.current = null;
      setProgress(null);
    },
  });

  const start = () =>
    mutation.mutate({
      criteria: props.criteria,
      columns: exportColumns(props.columns, props.visibleColumns),
    });

  if (!mutation.isPending) {
    return (
      <Button
        variant="default"
        leftSection={<IconFileDownload size={16} aria-hidden />}
        onClick={start}
      >
        Export CSV
      </Button>
    );
  }

  const fraction =
    progress?.phase === 'write' ? progress.rows / Math.max(progress.total, 1) : progress?.fraction;
  return (
    <Group gap="xs" align="center" wrap="nowrap">
      <Progress
        w={120}
        size="sm"
        value={fraction === undefined ? 100 : Math.round(fraction * 100)}
        animated={fraction === undefined}
        striped={fraction === undefined}
        aria-label="Export progress"
      />
      <Text size="sm" role="status" aria-live="polite">
        {progress ? statusText(progress, props.expectedRows) : 'Exporting…'}
      </Text>
      <Button
        variant="default"
        leftSection={<IconX size={16} aria-hidden />}
        onClick={() => controller.current?.abort()}
      >
        Cancel export
      </Button>
    </Group>
  );
}

// Memoised: the grid re-renders several times per page change; the exported view does not change.
export const ExportButton = memo(ExportButtonView) as typeof ExportButtonView;
