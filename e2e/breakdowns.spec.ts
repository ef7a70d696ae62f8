import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

// Sign-in, all=yes counts and axe over wide tables exceed the default 30 s on 2 busy cores.
test.describe.configure({ timeout: 60_000 });

interface Customer {
  ownerId?: number;
  ownerBpName?: string;
  authName?: string;
  mode?: string;
  blocked?: boolean;
  sessionLastTick?: string;
}
interface Supplier {
  ownerId?: number;
  ownerBpName?: string;
  status?: string;
}

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

async function list<T>(page: Page, path: string): Promise<T[]> {
  const res = await page.request.get(`${path}?all=yes`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: T[] }).data;
}

/** A table's body and footer rows as records keyed by column header. */
async function readTable(table: Locator): Promise<Record<string, string>[]> {
  return table.evaluate((el) => {
    const heads = [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    return [...el.querySelectorAll('tbody tr, tfoot tr')].map((tr) =>
      Object.fromEntries(
        [...tr.children].map((td, i) => [heads[i] ?? String(i), td.textContent?.trim() ?? '']),
      ),
    );
  });
}

function countBy<T>(rows: T[], key: (r: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
}

test('customer breakdown numbers match all=yes and click through to the sessions', async ({
  page,
  signIn,
}) => {
  await signIn('/breakdowns');
  const customers = await list<Customer>(page, '/api/sess-manager');
  const table = page.getByRole('table', { name: 'Customer sessions per owner business partner' });
  await expect(table).toBeVisible();
  const rows = await readTable(table);
  const now = Date.now();

  const sessions = countBy(customers, (c) => c.ownerBpName ?? '');
  expect(rows.length).toBe(sessions.size + 1);
  for (const [owner, n] of sessions) {
    const row = rows.find((r) => r['Owner BP'] === owner);
    expect(row?.Sessions, owner).toBe(fmt(n));
    const own = customers.filter((c) => c.ownerBpName === owner);
    expect(row?.['Auth names']).toBe(fmt(new Set(own.map((c) => c.authName)).size));
    for (const [mode, m] of countBy(own, (c) => c.mode ?? '')) {
      expect(row?.[`Mode ${mode}`], `${owner} ${mode}`).toBe(fmt(m));
    }
  }
  const totals = rows.at(-1)!;
  expect(totals.Sessions).toBe(fmt(customers.length));
  expect(totals.Blocked).toBe(fmt(customers.filter((c) => c.blocked).length));
  const stale = customers.filter(
    (c) => now - Date.parse(`${(c.sessionLastTick ?? '').replace(' ', 'T')}Z`) > 60_000,
  ).length;
  expect(totals.Stale).toBe(fmt(stale));
  await expectNoA11yViolations(page);

  // The biggest owner's sessions: not server-filterable, so a client-side list that says so.
  const [owner, n] = [...sessions].sort((a, b) => b[1] - a[1])[0]!;
  const ownerId = customers.find((c) => c.ownerBpName === owner)!.ownerId;
  await table.getByRole('link', { name: `${fmt(n)} sessions, ${owner}`, exact: true }).click();
  await expect(page).toHaveURL(`/breakdowns/customers?owner=${ownerId}`);
  await expect(page.getByText('Filtered in your browser')).toBeVisible();
  await expect(page.getByTestId('drill-count')).toHaveText(
    `${fmt(n)} of ${fmt(customers.length)} sessions match.`,
  );
  await expectNoA11yViolations(page);

  // The stale total opens the stale sessions.
  await page.goBack();
  await table.getByRole('link', { name: `${fmt(stale)} stale sessions, All owners` }).click();
  await expect(page.getByTestId('drill-count')).toHaveText(
    `${fmt(stale)} of ${fmt(customers.length)} sessions match.`,
  );
});

test('supplier breakdown matches all=yes and clicks through to the server-filtered grid', async ({
  page,
  signIn,
}) => {
  await signIn('/breakdowns');
  const suppliers = await list<Supplier>(page, '/api/sess-manager-suppliers');
  await page.getByRole('tab', { name: 'Supplier connections' }).click();
  const table = page.getByRole('table', {
    name: 'Supplier connections per owner business partner',
  });
  await expect(table).toBeVisible();
  const rows = await readTable(table);
  const byOwner = countBy(suppliers, (s) => s.ownerBpName ?? '');
  for (const [owner, n] of byOwner) {
    const row = rows.find((r) => r['Owner BP'] === owner);
    expect(row?.Connections, owner).toBe(fmt(n));
    const own = suppliers.filter((s) => s.ownerBpName === owner);
    for (const [status, m] of countBy(own, (s) => s.status ?? '')) {
      expect(row?.[`Status ${status}`], `${owner} ${status}`).toBe(fmt(m));
    }
  }
  expect(rows.at(-1)?.Connections).toBe(fmt(suppliers.length));
  await expectNoA11yViolations(page);

  const [owner, n] = [...byOwner].sort((a, b) => b[1] - a[1])[0]!;
  const ownerId = suppliers.find((s) => s.ownerBpName === owner)!.ownerId;
  await table
    .getByRole('link', { name: `${fmt(n)} supplier connections, ${owner}`, exact: true })
    .click();
  await expect(page).toHaveURL(/\/supplier-sessions\?/);
  expect(new URL(page.url()).searchParams.getAll('f')).toEqual([`eq(ownerId):${ownerId}`]);
  await expect(page.getByText(new RegExp(`of ${fmt(n)}$`))).toBeVisible();
});

test('the customer breakdown exports as CSV', async ({ page, signIn }) => {
  await signIn('/breakdowns');
  const customers = await list<Customer>(page, '/api/sess-manager');
  const owners = new Set(customers.map((c) => c.ownerId)).size;
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export customer breakdown (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^customer-breakdown_\d{4}-\d{2}-\d{2}_[\d-]+\.csv$/);
  const text = (await readFile((await file.path())!, 'utf8')).replace(/^\ufeff/, '');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Owner ID,Owner BP,Brief name,Sessions,Customers,Accounts,Auth names,/);
  expect(lines.length).toBe(owners + 2);
  expect(lines.at(-1)).toMatch(new RegExp(`^All,All owners,All,${customers.length},`));
});
