import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WALL_THRESHOLDS,
  formatDelta,
  levelOf,
  overallLevel,
  staleAfterFromParams,
  thresholdsFromParams,
  wallDeltas,
  wallLevels,
  type WallTotals,
} from './aggregate-wall';

const totals: WallTotals = {
  customerBinds: 2500,
  stale: 12,
  blocked: 1,
  gatesDown: 0,
  gatesReconnecting: 2,
};

describe('wall thresholds', () => {
  it('levels values above and below bounds', () => {
    expect(levelOf(0, { direction: 'above', amber: 1, red: 10 })).toBe('green');
    expect(levelOf(1, { direction: 'above', amber: 1, red: 10 })).toBe('amber');
    expect(levelOf(10, { direction: 'above', amber: 1, red: 10 })).toBe('red');
    expect(levelOf(90, { direction: 'below', amber: 100, red: 50 })).toBe('amber');
    expect(levelOf(50, { direction: 'below', amber: 100, red: 50 })).toBe('red');
    expect(levelOf(5, { direction: 'above', amber: null, red: null })).toBe('green');
  });

  it('levels every metric and takes the worst', () => {
    const levels = wallLevels(totals, DEFAULT_WALL_THRESHOLDS);
    expect(levels).toEqual({
      customerBinds: 'green',
      stale: 'red',
      blocked: 'amber',
      gatesDown: 'green',
      gatesReconnecting: 'amber',
    });
    expect(overallLevel(levels)).toBe('red');
  });

  it('reads thresholds from URL params, ignoring bad values', () => {
    const t = thresholdsFromParams(
      new URLSearchParams('staleAmber=20&staleRed=off&blockedRed=-1&customerBindsAmber=2000&x=1'),
    );
    expect(t.stale).toEqual({ direction: 'above', amber: 20, red: null });
    expect(t.blocked).toEqual(DEFAULT_WALL_THRESHOLDS.blocked);
    expect(t.customerBinds).toEqual({ direction: 'below', amber: 2000, red: 0 });
    expect(staleAfterFromParams(new URLSearchParams('staleAfter=120'))).toBe(120_000);
    expect(staleAfterFromParams(new URLSearchParams('staleAfter=abc'))).toBe(60_000);
  });
});

describe('wall deltas', () => {
  it('subtracts the previous snapshot', () => {
    expect(wallDeltas(totals, null)).toBeNull();
    expect(wallDeltas(totals, { ...totals, stale: 10, customerBinds: 2510 })).toMatchObject({
      stale: 2,
      customerBinds: -10,
      blocked: 0,
    });
    expect([formatDelta(3), formatDelta(-2), formatDelta(0)]).toEqual(['+3', '\u22122', '\u00b10']);
  });
});
