import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { addCustomerSession, expect, grid, resetSimulator, setFaults, test } from './fixtures';

const BOM = '\uFEFF';
const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z`;

/** RFC 4180, strictly: CRLF line ends, quoted fields with doubled quotes. */
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
    } else if (ch === '\n') throw new Error(`Bare LF at ${i}`);
    else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('The last line has no CRLF');
  return rows;
}

async function exportCsv(page: Page): Promise<{ download: Download; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  return { download, text };
}

/** The same list fetched independently through the gateway, with the browser's session cookie. */
async function fetchAll(page: Page, path: string, params: Record<string, string>) {
  const query = new URLSearchParams({ ...params, all: 'yes' });
  const res = await page.request.get(`/api${path}?${query.toString()}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { data: Record<string, unknown>[] };
  return body.data;
}

test.afterEach(async ({ request }) => {
  await resetSimulator(request);
});

test.describe('grid CSV export', () => {
  test.describe.configure({ timeout: 60_000 });

  test('exports every row of the filtered, sorted customer view, safely quoted', async ({
    page,
    request,
    signIn,
  }) => {
    // A session whose values would break a naive CSV or run as a formula in a spreadsheet.
    const tricky = {
      customer: 'Tricky, "Quoted" Ltd',
      accountName: '=HYPERLINK("http://example.com","click"),x',
      ipAddr: '198.51.100.250',
    };
    const trickyId = await addCustomerSession(request, tricky);

    await signIn('/customer-sessions');
    const view = new URLSearchParams({
      f: 'startswith(ipAddr):198.51.100',
      sort: '-sessionStart,sessionID',
      cols: 'sessionID,customer,accountName,ipAddr,sessionStart',
      live: '0',
    });
    await page.goto(`/customer-sessions?${view.toString()}`);
    // The first full list of a run can be slow on a shared two-core machine.
    await expect(grid(page, 'Customer sessions').getByRole('link', { name: trickyId })).toBeVisible(
      { timeout: 20_000 },
    );

    const { download, text } = await exportCsv(page);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^customer-sessions_startswith-ipAddr-198\\.51\\.100_${STAMP}\\.csv$`),
    );
    await expect(page.getByText('Export ready')).toBeVisible();

    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(BOM.length));
    expect(header).toEqual(['Session ID', 'Customer', 'Account', 'IP address', 'Started']);

    const expected = await fetchAll(page, '/sess-manager', {
      'startswith(ipAddr)': '198.51.100',
      sort: '-sessionStart,sessionID',
    });
    // More than a page: the export is every match, not what the grid shows.
    expect(expected.length).toBeGreaterThan(100);
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => r[0])).toEqual(expected.map((s) => s.sessionID));
    expect(rows.every((r) => r.length === 5 && r[3]?.startsWith('198.51.100'))).toBe(true);
    expect(rows.map((r) => r[4])).toEqual(expected.map((s) => s.sessionStart));

    // The added session is in the file with its values intact and the formula neutralised.
    const trickyRow = rows.find((r) => r[0] === trickyId);
    expect(trickyRow).toEqual([
      trickyId,
      tricky.customer,
      `'${tricky.accountName}`,
      tricky.ipAddr,
      expected.find((s) => s.sessionID === trickyId)?.sessionStart,
    ]);
    expect(text).toContain(`"'=HYPERLINK(""http://example.com"",""click""),x"`);
  });

  test('shows a failed export and saves nothing; a slow one can be cancelled', async ({
    page,
    request,
    signIn,
  }) => {
    await signIn('/customer-sessions?live=0');
    await expect(grid(page, 'Customer sessions').getByRole('row').nth(1)).toBeVisible();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));

    await setFaults(request, { outage: true });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'Export failed' });
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('No file was saved.');
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

    await setFaults(request, { outage: false, latencyMs: 20_000 });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exporting…' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await expect(page.getByText('Export cancelled')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
    expect(downloads).toHaveLength(0);
  });

  test('exports the filtered supplier view', async ({ page, signIn }) => {
    await signIn('/supplier-sessions?live=0');
    const [first] = await fetchAll(page, '/sess-manager-suppliers', {});
    const owner = String(first?.ownerBpName);
    const view = new URLSearchParams({
      f: `eq(ownerBpName):${owner}`,
      sort: '-sessionID',
      cols: 'sessionID,status,supplier,gateName,ownerBpName',
      live: '0',
    });
    await page.goto(`/supplier-sessions?${view.toString()}`);
    await expect(grid(page, 'Supplier sessions').getByRole('row').nth(1)).toBeVisible();

    const { download, text } = await exportCsv(page);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^supplier-sessions_eq-ownerBpName-[A-Za-z0-9.-]+_${STAMP}\\.csv$`),
    );
    const [header, ...rows] = parseCsv(text.slice(BOM.length));
    expect(header).toEqual(['Session ID', 'Status', 'Supplier', 'Gate', 'Owner BP']);
    const expected = await fetchAll(page, '/sess-manager-suppliers', {
      'eq(ownerBpName)': owner,
      sort: '-sessionID',
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual(expected.map((s) => s.sessionID));
    expect(rows.every((r) => r[4] === owner)).toBe(true);
  });
});
