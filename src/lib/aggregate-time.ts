// Platform timestamps look like "2026-11-25 09:14:03" (no zone). Parsing 100,000 of them with
// `new Date(string)` is slow and implementation-defined for this shape, so parse by char codes.

const ZERO = 48;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Epoch ms of a platform timestamp (`YYYY-MM-DD HH:mm:ss`, a `T` separator and fractional
 * seconds tolerated), read as platform time `offsetMs` ahead of UTC. NaN when unparseable.
 */
export function parsePlatformTime(value: string | undefined | null, offsetMs = 0): number {
  if (!value || value.length < 19) return NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (Number.isNaN(year + month + day + hour + minute + second)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return NaN;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMs;
}
