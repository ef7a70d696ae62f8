import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatRange,
  formatRelative,
  isValidTimeZone,
  parsePlatformTime,
  zoneOffsetMs,
} from './format-time';

describe('parsePlatformTime', () => {
  it('reads zone-less platform time as UTC by default', () => {
    expect(parsePlatformTime('2026-11-25 09:14:03')).toBe(Date.UTC(2026, 10, 25, 9, 14, 3));
  });

  it('reads it in a configured platform zone, across DST', () => {
    // Berlin is UTC+1 in winter and UTC+2 in summer.
    expect(parsePlatformTime('2026-11-25 09:14:03', 'Europe/Berlin')).toBe(
      Date.UTC(2026, 10, 25, 8, 14, 3),
    );
    expect(parsePlatformTime('2026-07-01 12:00:00', 'Europe/Berlin')).toBe(
      Date.UTC(2026, 6, 1, 10, 0, 0),
    );
    expect(parsePlatformTime('2026-07-01 12:00:00', 'America/New_York')).toBe(
      Date.UTC(2026, 6, 1, 16, 0, 0),
    );
  });

  it('rejects anything else', () => {
    for (const bad of [undefined, '', 'yesterday', '2026-13-01 00:00:00', '2026-11-25T09:14:03Z']) {
      expect(parsePlatformTime(bad)).toBeNull();
    }
  });

  it('treats an unknown zone as UTC rather than failing', () => {
    expect(parsePlatformTime('2026-11-25 09:14:03', 'Mars/Olympus')).toBe(
      Date.UTC(2026, 10, 25, 9, 14, 3),
    );
    expect(zoneOffsetMs(0, 'UTC')).toBe(0);
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 10, 25, 12, 0, 0);
  it('speaks in the largest fitting unit', () => {
    expect(formatRelative(now, now)).toBe('just now');
    expect(formatRelative(now - 12_000, now)).toBe('12 s ago');
    expect(formatRelative(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatRelative(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(formatRelative(now - 2 * 86_400_000, now)).toBe('2 d ago');
    expect(formatRelative(now + 4000, now)).toBe('in 4 s');
  });
});

describe('formatRange', () => {
  it('shows the rows on the page and the total', () => {
    expect(formatRange(1, 50, 50, 2500)).toBe('1–50 of 2,500');
    expect(formatRange(3, 25, 10, 60)).toBe('51–60 of 60');
    expect(formatRange(1, 25, 0, 0)).toBe('0 of 0');
  });
});

describe('formatCount', () => {
  it('groups whole numbers by thousands, as Intl does, and leaves the rest to Intl', () => {
    for (const n of [
      0,
      7,
      999,
      1000,
      12_345,
      100_000,
      1_234_567,
      -4_500,
      2 ** 53 - 1,
      0.5,
      1234.5,
    ]) {
      expect(formatCount(n)).toBe(new Intl.NumberFormat('en-US').format(n));
    }
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones, UTC included, and refuses others', () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Zurich')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
