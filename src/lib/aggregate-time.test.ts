import { describe, expect, it } from 'vitest';
import { parsePlatformTime } from './aggregate-time';

describe('parsePlatformTime', () => {
  it('reads platform timestamps as UTC by default', () => {
    expect(parsePlatformTime('2026-11-25 09:14:03')).toBe(Date.UTC(2026, 10, 25, 9, 14, 3));
    expect(parsePlatformTime('2026-11-25T09:14:03.250')).toBe(Date.UTC(2026, 10, 25, 9, 14, 3));
  });
  it('applies an offset and rejects malformed values', () => {
    expect(parsePlatformTime('2026-11-25 09:14:03', 3_600_000)).toBe(
      Date.UTC(2026, 10, 25, 8, 14, 3),
    );
    for (const bad of [undefined, '', 'yesterday', '2026-13-25 09:14:03', '2026-11-25 9:14:03x']) {
      expect(parsePlatformTime(bad)).toBeNaN();
    }
  });
});
