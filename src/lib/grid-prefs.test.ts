import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRID_PREFS,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  parseGridPrefs,
  parseStoredColumns,
  parseStoredWidths,
} from './grid-prefs';

const known = { all: ['select', 'a', 'b', 'c'], hideable: ['a', 'b', 'c'] };

describe('stored grid preferences', () => {
  it('reads a valid value as stored', () => {
    expect(
      parseGridPrefs(
        { cols: ['c', 'a'], widths: { a: 200, select: 50 }, density: 'compact' },
        known,
      ),
    ).toEqual({ cols: ['c', 'a'], widths: { a: 200, select: 50 }, density: 'compact' });
  });

  it('falls back to defaults for anything that is not an object', () => {
    for (const bad of [null, undefined, 'x', 42, [], '{"cols":']) {
      expect(parseGridPrefs(bad, known)).toEqual(DEFAULT_GRID_PREFS);
    }
  });

  it('keeps the valid fields when another one is corrupt', () => {
    expect(parseGridPrefs({ cols: 'a,b', widths: { b: 120 }, density: 'tiny' }, known)).toEqual({
      cols: null,
      widths: { b: 120 },
      density: 'comfortable',
    });
  });

  it('keeps known, unique column ids in stored order', () => {
    expect(parseStoredColumns(['b', 'evil', 'a', 'b', 3, 'select'], known.hideable)).toEqual([
      'b',
      'a',
    ]);
    expect(parseStoredColumns(['evil'], known.hideable)).toBeNull();
    expect(parseStoredColumns([], known.hideable)).toBeNull();
  });

  it('drops non-numeric or unknown widths and clamps the rest', () => {
    const widths = parseStoredWidths(
      { a: 1e9, b: -5, c: Number.NaN, select: '80', __proto__: 10, evil: 100 },
      known.all,
    );
    expect(widths).toEqual({ a: MAX_COLUMN_WIDTH, b: MIN_COLUMN_WIDTH });
    expect(parseStoredWidths({ a: 123.6 }, known.all)).toEqual({ a: 124 });
  });
});
