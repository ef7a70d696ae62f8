// CSV per RFC 4180, made safe to open in a spreadsheet: values that a spreadsheet would read as
// a formula (OWASP "CSV injection") are turned into plain text with a leading apostrophe.

export interface CsvColumn<T> {
  /** The header people read, as in the grid. */
  label: string;
  value: (row: T) => unknown;
}

/** Excel needs the byte-order mark to read the file as UTF-8 rather than the local code page. */
export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? '';
}

/** One field: quoted when it holds a comma, quote or line break, or when it was neutralised. */
export function csvField(value: unknown): string {
  let s = text(value);
  // Numbers are data, never formulas: -5 stays -5. Text starting like a formula does not.
  const formula = typeof value === 'string' && FORMULA_START.test(s);
  if (formula) s = `'${s}`;
  if (!formula && !NEEDS_QUOTES.test(s)) return s;
  return `"${s.replaceAll('"', '""')}"`;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}

export interface BuildCsvOptions {
  /** Rows per chunk; between chunks the browser gets the main thread back. */
  chunkSize?: number;
  onProgress?: (written: number, total: number) => void;
  signal?: AbortSignal;
  /** Yields between chunks; a macrotask by default so input and painting can run. */
  pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The whole file as parts for a Blob (BOM and header first, then one part per chunk of rows), so
 * 100,000 rows are neither one giant string nor one long task.
 */
export async function buildCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  options: BuildCsvOptions = {},
): Promise<string[]> {
  const { chunkSize = 5000, onProgress, signal, pause = macrotask } = options;
  const parts = [CSV_BOM + csvLine(columns.map((c) => c.label))];
  for (let start = 0; start < rows.length; start += chunkSize) {
    signal?.throwIfAborted();
    let chunk = '';
    const end = Math.min(start + chunkSize, rows.length);
    for (let i = start; i < end; i++) {
      const row = rows[i] as T;
      chunk += csvLine(columns.map((c) => c.value(row)));
    }
    parts.push(chunk);
    onProgress?.(end, rows.length);
    if (end < rows.length) await pause();
  }
  signal?.throwIfAborted();
  return parts;
}
