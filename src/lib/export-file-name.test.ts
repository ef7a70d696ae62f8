import { describe, expect, it } from 'vitest';
import { describeExportView, exportFileName, fileTimestamp } from './export-file-name';

const NOW = new Date('2026-11-30T15:42:07.123Z');

describe('exportFileName', () => {
  it('names the view, its filters and the UTC time', () => {
    expect(
      exportFileName(
        'Customer sessions',
        [{ field: 'accountName', op: 'startswith', values: ['acme'] }],
        '',
        NOW,
      ),
    ).toBe('customer-sessions_startswith-accountName-acme_2026-11-30T15-42-07Z.csv');
  });

  it('says all when nothing narrows the view', () => {
    expect(exportFileName('Supplier sessions', [], ' ', NOW)).toBe(
      'supplier-sessions_all_2026-11-30T15-42-07Z.csv',
    );
  });

  it('keeps only safe characters, whatever the user typed', () => {
    const name = exportFileName(
      'Customer sessions',
      [{ field: 'accountName', op: 'eq', values: ['../../etc/passwd; rm -rf *'] }],
      'a/b\\c:"d"<e>|?',
      NOW,
    );
    expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(name).not.toContain('..');
  });
});

describe('describeExportView', () => {
  it('joins filters and the search, capped in length', () => {
    expect(
      describeExportView(
        [
          { field: 'ipAddr', op: 'in', values: ['192.0.2.1', '192.0.2.2'] },
          { field: 'serverAddr', op: 'isnotempty', values: [] },
        ],
        'otp',
      ),
    ).toBe('in-ipAddr-192.0.2.1-192.0.2.2-isnotempty-serverAddr-q-otp');
    const long = describeExportView(
      [{ field: 'accountName', op: 'eq', values: ['x'.repeat(200)] }],
      '',
    );
    expect(long.length).toBeLessThanOrEqual(60);
  });
});

describe('fileTimestamp', () => {
  it('has no colons and no milliseconds', () => {
    expect(fileTimestamp(NOW)).toBe('2026-11-30T15-42-07Z');
  });
});
