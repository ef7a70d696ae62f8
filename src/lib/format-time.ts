// Platform timestamps come as `YYYY-MM-DD HH:mm:ss` with no zone; the zone is a setting
// (UTC unless the operator says otherwise), so conversion needs an explicit IANA zone.

const PLATFORM_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  // The default needs no formatter: building the first one loads the browser's time-zone data,
  // which costs a fresh page tens of milliseconds while it hydrates.
  if (timeZone === 'UTC') return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds to add to UTC to get wall-clock time in `timeZone` at instant `epochMs`. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** Epoch ms of a platform timestamp read in `timeZone`, or null when it is not one. */
export function parsePlatformTime(text: string | undefined, timeZone = 'UTC'): number | null {
  if (!text) return null;
  const m = PLATFORM_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (!isValidTimeZone(timeZone)) return asUtc;
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  let epoch = asUtc - zoneOffsetMs(asUtc, timeZone);
  epoch = asUtc - zoneOffsetMs(epoch, timeZone);
  return epoch;
}

/** "just now", "12 s ago", "5 min ago", "3 h ago", "2 d ago"; future times read "in 4 s". */
export function formatRelative(epochMs: number, nowMs: number): string {
  const diff = Math.round((nowMs - epochMs) / 1000);
  const abs = Math.abs(diff);
  let text: string;
  if (abs < 1) return 'just now';
  if (abs < 60) text = `${abs} s`;
  else if (abs < 3600) text = `${Math.floor(abs / 60)} min`;
  else if (abs < 86_400) text = `${Math.floor(abs / 3600)} h`;
  else text = `${Math.floor(abs / 86_400)} d`;
  return diff >= 0 ? `${text} ago` : `in ${text}`;
}

/** `HH:mm:ss` in the browser's zone, for "Stale since 10:42:07". */
export function formatClock(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** An instant as `YYYY-MM-DD HH:mm:ss` in the browser's own zone. */
export function formatLocalDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${formatClock(epochMs)}`;
}

let countFormat: Intl.NumberFormat | null = null;

/** "100,000": whole numbers grouped by hand (no formatter to build on a fresh page), others by Intl. */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  countFormat ??= new Intl.NumberFormat('en-US');
  return countFormat.format(n);
}

/** "1–50 of 2,500" (an en dash, as people write ranges), or "0 of 0". */
export function formatRange(page: number, pageSize: number, shown: number, total: number): string {
  if (shown === 0 || total === 0) return `0 of ${formatCount(total)}`;
  const from = (page - 1) * pageSize + 1;
  return `${formatCount(from)}–${formatCount(from + shown - 1)} of ${formatCount(total)}`;
}
