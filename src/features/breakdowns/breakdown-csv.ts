// CSV for breakdown tables. Values that a spreadsheet would run as a formula (leading = + - @,
// tab or CR) get a leading apostrophe, the OWASP advice for CSV injection.

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((c) => csvCell(typeof c === 'number' || typeof c === 'string' ? c : null)).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

export function csvFileName(what: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replaceAll(':', '-').replace('T', '_');
  return `${what}_${stamp}.csv`;
}

export function downloadCsv(fileName: string, csv: string): void {
  // A BOM so Excel reads UTF-8 names correctly.
  const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
