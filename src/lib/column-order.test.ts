import { describe, expect, it } from 'vitest';
import { moveColumn, tableColumnOrder, toggleColumn } from './column-order';

const columns = [
  { id: 'select', hideable: false },
  { id: 'a', hideable: true },
  { id: 'b', hideable: true },
  { id: 'c', hideable: true },
  { id: 'd', hideable: true },
  { id: 'actions', hideable: false },
];

describe('table column order', () => {
  it('puts shown columns in URL order between the fixed ones, hidden ones after', () => {
    expect(tableColumnOrder(columns, ['c', 'a'])).toEqual([
      'select',
      'c',
      'a',
      'b',
      'd',
      'actions',
    ]);
  });

  it('ignores ids that are not hideable columns', () => {
    expect(tableColumnOrder(columns, ['actions', 'x', 'b'])).toEqual([
      'select',
      'b',
      'a',
      'c',
      'd',
      'actions',
    ]);
  });
});

describe('moving and toggling columns', () => {
  it('moves a column one place either way', () => {
    expect(moveColumn(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('does nothing past either end or for an unknown id', () => {
    expect(moveColumn(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(moveColumn(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
    expect(moveColumn(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });

  it('shows at the end, hides in place, and keeps at least one column', () => {
    expect(toggleColumn(['b', 'a'], 'c', true)).toEqual(['b', 'a', 'c']);
    expect(toggleColumn(['b', 'a'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleColumn(['b', 'a', 'c'], 'a', false)).toEqual(['b', 'c']);
    expect(toggleColumn(['b'], 'b', false)).toEqual(['b']);
  });
});
