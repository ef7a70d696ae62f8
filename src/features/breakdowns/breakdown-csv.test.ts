import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './breakdown-csv';

describe('breakdown CSV', () => {
  it('quotes commas, quotes and newlines and defuses formulas', () => {
    expect(csvCell('Acme, Inc')).toBe('"Acme, Inc"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes a header and rows with CRLF', () => {
    expect(
      toCsv(
        ['Owner', 'Sessions'],
        [
          ['P1', 3],
          ['=x', 1],
        ],
      ),
    ).toBe("Owner,Sessions\r\nP1,3\r\n'=x,1\r\n");
    expect(csvFileName('customer-breakdown', new Date('2026-11-25T09:14:03Z'))).toBe(
      'customer-breakdown_2026-11-25_09-14-03.csv',
    );
  });
});
