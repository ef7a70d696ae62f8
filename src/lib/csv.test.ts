import { describe, expect, it } from 'vitest';
import { buildCsv, CSV_BOM, csvField, csvLine, type CsvColumn } from './csv';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it('leaves plain values bare', () => {
    expect(csvField('acme')).toBe('acme');
    expect(csvField('192.0.2.1')).toBe('192.0.2.1');
    expect(csvField(42)).toBe('42');
    expect(csvField(true)).toBe('true');
  });

  it('writes missing values as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('line1\r\nline2')).toBe('"line1\r\nline2"');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe(`"'+1"`);
    expect(csvField('-1+2')).toBe(`"'-1+2"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it('keeps numbers as numbers, even negative ones', () => {
    expect(csvField(-5)).toBe('-5');
  });

  it('leaves a formula character that is not first alone', () => {
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('csvLine', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvLine(['a', 'b,c', null, 3])).toBe('a,"b,c",,3\r\n');
  });
});

interface Row {
  id: string;
  name: string | null;
  blocked: boolean;
}

const columns: CsvColumn<Row>[] = [
  { label: 'Session ID', value: (r) => r.id },
  { label: 'Account, name', value: (r) => r.name },
  { label: 'Blocked', value: (r) => r.blocked },
];

describe('buildCsv', () => {
  it('starts with a BOM and the header labels, then one CRLF line per row', async () => {
    const parts = await buildCsv<Row>(
      [
        { id: '1', name: 'acme', blocked: false },
        { id: '2', name: '=cmd|"/c calc"!A1', blocked: true },
        { id: '3', name: null, blocked: false },
      ],
      columns,
    );
    const text = parts.join('');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(CSV_BOM.length))).toEqual([
      ['Session ID', 'Account, name', 'Blocked'],
      ['1', 'acme', 'false'],
      ['2', `'=cmd|"/c calc"!A1`, 'true'],
      ['3', '', 'false'],
    ]);
  });

  it('writes only the header for no rows', async () => {
    expect((await buildCsv<Row>([], columns)).join('')).toBe(
      `${CSV_BOM}Session ID,"Account, name",Blocked\r\n`,
    );
  });

  it('works in chunks, reporting progress and yielding between them', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({
      id: String(i),
      name: `n${i}`,
      blocked: false,
    }));
    const progress: number[] = [];
    let pauses = 0;
    const parts = await buildCsv(rows, columns, {
      chunkSize: 3,
      onProgress: (written, total) => {
        expect(total).toBe(7);
        progress.push(written);
      },
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(progress).toEqual([3, 6, 7]);
    expect(pauses).toBe(2);
    expect(parts).toHaveLength(4);
    expect(parseCsv(parts.join('').slice(1)).map((r) => r[0])).toEqual([
      'Session ID',
      ...rows.map((r) => r.id),
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const rows = Array.from({ length: 10 }, (_, i) => ({
      id: String(i),
      name: '',
      blocked: false,
    }));
    const run = buildCsv(rows, columns, {
      chunkSize: 2,
      signal: controller.signal,
      pause: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    await expect(run).rejects.toThrow();
    expect(controller.signal.aborted).toBe(true);
  });
});
