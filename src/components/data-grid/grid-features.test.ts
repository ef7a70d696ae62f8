import { describe, expect, it } from 'vitest';
import { plainCell } from './grid-features';

describe('plainCell', () => {
  it('shows a dash for a value the platform did not send', () => {
    for (const value of [undefined, null, '']) {
      expect(plainCell({ getValue: () => value })).toBe('—');
    }
  });

  it('shows every other value as text, zero and false included', () => {
    expect(plainCell({ getValue: () => 'Acme Retail OTP' })).toBe('Acme Retail OTP');
    expect(plainCell({ getValue: () => 0 })).toBe('0');
    expect(plainCell({ getValue: () => false })).toBe('false');
  });
});
