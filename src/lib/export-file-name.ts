import { encodeFilter, type Filter } from './filter-grammar';

const MAX_DESCRIPTION = 60;

/** Letters, digits, dots and dashes only: safe on every file system and in every shell. */
function safe(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      // No `..` (or `.-.`) survives, so a name never looks like a path step.
      .replace(/[.-]{2,}/g, '-')
      .replace(/^[.-]+|[.-]+$/g, '')
  );
}

/** A short hint of what the view holds, e.g. `startswith-accountName-acme` or `all`. */
export function describeExportView(filters: readonly Filter[], q: string): string {
  const parts = filters.map(encodeFilter);
  if (q.trim() !== '') parts.push(`q-${q.trim()}`);
  const description = safe(parts.join('-')).slice(0, MAX_DESCRIPTION);
  return safe(description) || 'all';
}

/** UTC to the second, with dashes for colons (which Windows forbids): 2026-11-30T15-42-07Z. */
export function fileTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}

/** `customer-sessions_startswith-accountName-acme_2026-11-30T15-42-07Z.csv` */
export function exportFileName(
  viewName: string,
  filters: readonly Filter[],
  q: string,
  now: Date,
): string {
  const view = safe(viewName.toLowerCase().replace(/\s+/g, '-')) || 'export';
  return `${view}_${describeExportView(filters, q)}_${fileTimestamp(now)}.csv`;
}
