import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTION_SETTINGS, sanitizeSettings } from './action-settings';

describe('sanitizeSettings', () => {
  it('falls back to the defaults for junk', () => {
    expect(sanitizeSettings(null)).toEqual(DEFAULT_ACTION_SETTINGS);
    expect(sanitizeSettings({ staggerMs: 'x', restartDeadlineMs: Number.NaN })).toEqual(
      DEFAULT_ACTION_SETTINGS,
    );
  });
  it('keeps sane values and clamps the rest', () => {
    expect(
      sanitizeSettings({
        staggerMs: 250,
        restartDeadlineMs: 10,
        stopDeadlineMs: 10_000_000,
        rebindWatchMs: 5000,
      }),
    ).toEqual({
      staggerMs: 250,
      restartDeadlineMs: 1000,
      stopDeadlineMs: 600_000,
      rebindWatchMs: 5000,
    });
  });
  it('defaults the restart check to 30 s', () => {
    expect(DEFAULT_ACTION_SETTINGS.restartDeadlineMs).toBe(30_000);
  });
});
