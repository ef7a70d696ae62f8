import { describe, expect, it } from 'vitest';
import { countWidthEm, labelWidthEm, widestEm } from './wall-fit';

describe('wall text widths', () => {
  it('counts digits wider than separators, and is never zero', () => {
    expect(countWidthEm('2,500')).toBeCloseTo(4 * 0.7 + 0.4);
    expect(countWidthEm('100,000')).toBeCloseTo(6 * 0.7 + 0.4);
    expect(countWidthEm('—')).toBe(1);
    expect(countWidthEm('')).toBeGreaterThan(0);
  });
  it('bounds a label by its length', () => {
    expect(labelWidthEm('Gates reconnecting')).toBeCloseTo(18 * 0.66);
  });
  it('takes the widest of the texts', () => {
    expect(widestEm(['24', '2,500', '5'], countWidthEm)).toBeCloseTo(countWidthEm('2,500'));
    expect(widestEm([], countWidthEm)).toBe(0);
  });
});
