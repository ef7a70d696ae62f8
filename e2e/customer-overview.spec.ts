import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

// Sign-in, all=yes counts and axe over 50-row tables exceed the default 30 s on 2 busy cores.
test.describe.configure({ timeout: 60_000 });

interface Bind {
  sessionID: string;
  authName?: string;
  accountName?: string;
  ipAddr?: string;
  mode?: string;
  sessionStart?: string;
  sessionLastTick?: string;
  blocked?: boolean;
}

// "bound since HH:mm" is shown in the browser's zone; pin it so the expectation is exact.
test.use({ timezoneId: 'UTC', permissions: ['clipboard-read', 'clipboard-write'] });

async function allCustomers(page: Page): Promise<Bind[]> {
  const res = await page.request.get('/api/sess-manager?all=yes');
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: Bind[] }).data;
}

/** The summary line computed here, independently of the SPA's code. */
function expectedSummary(binds: Bind[], now: number): string {
  const n = binds.length;
  const ips = new Set(binds.map((b) => b.ipAddr)).size;
  const modes = new Map<string, number>();
  for (const b of binds) if (b.mode) modes.set(b.mode, (modes.get(b.mode) ?? 0) + 1);
  const modeText = [...modes]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([m, c]) => `${c} ${m}`)
    .join(', ');
  const earliest = binds.map((b) => b.sessionStart ?? '').sort()[0] ?? '';
  const stale = binds.filter(
    (b) => now - Date.parse(`${(b.sessionLastTick ?? '').replace(' ', 'T')}Z`) > 60_000,
  ).length;
  const blocked = binds.filter((b) => b.blocked).length;
  const parts = [
    `${n} ${n === 1 ? 'bind' : 'binds'} from ${ips} ${ips === 1 ? 'IP' : 'IPs'}`,
    modeText,
    `bound since ${earliest.slice(11, 16)}`,
  ];
  if (stale) parts.push(`${stale} stale`);
  if (blocked) parts.push(`${blocked} blocked`);
  return parts.join(' · ');
}

function most(binds: Bind[], key: 'authName' | 'accountName'): [string, Bind[]] {
  const by = new Map<string, Bind[]>();
  for (const b of binds) {
    const k = b[key];
    if (k) by.set(k, [...(by.get(k) ?? []), b]);
  }
  return [...by].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
}

test('the auth-name view shows every bind and a summary that matches all=yes', async ({
  page,
  signIn,
}) => {
  await signIn('/customer-sessions');
  const all = await allCustomers(page);
  const [authName, binds] = most(all, 'authName');
  expect(binds.length).toBeGreaterThan(1);

  await page.goto(`/customers/${encodeURIComponent(authName)}`);
  await expect(page.getByRole('heading', { name: authName, exact: true })).toBeVisible();
  const summary = page.getByTestId('bind-summary');
  await expect(summary).toHaveText(expectedSummary(binds, Date.now()));
  await expect(page.getByText(`${binds.length} binds`, { exact: true })).toBeVisible();

  const table = page.getByRole('table', { name: `Binds of auth name ${authName}` });
  const shown = Math.min(binds.length, 50);
  await expect(table.locator('tbody tr')).toHaveCount(shown);
  // Every listed session belongs to this auth name (exact match, not just a `q` hit).
  const ids = await table.locator('tbody tr td:nth-child(2)').allTextContents();
  const own = new Set(binds.map((b) => b.sessionID));
  expect(ids.every((id) => own.has(id.trim()))).toBe(true);
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByRole('button', { name: 'Summary copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n').slice(0, 2)).toEqual([
    `Auth name: ${authName}`,
    await summary.textContent(),
  ]);

  // An IP in the table opens the customer grid filtered on the server by that IP.
  const ip = binds[0]!.ipAddr!;
  await table.getByRole('link', { name: ip, exact: true }).first().click();
  await expect(page).toHaveURL(/\/customer-sessions\?/);
  expect(new URL(page.url()).searchParams.getAll('f')).toContain(`eq(ipAddr):${ip}`);
});

test('the binds table marks blocked and stale binds in words', async ({ page, signIn }) => {
  await signIn('/customer-sessions');
  const all = await allCustomers(page);
  const now = Date.now();
  // Healthy binds tick every few seconds, hung ones are minutes old: no edge at 60 s.
  const health = (b: Bind) => {
    const stale = now - Date.parse(`${(b.sessionLastTick ?? '').replace(' ', 'T')}Z`) > 60_000;
    return `${b.blocked ? 'Blocked' : ''}${stale ? 'Stale' : ''}` || 'OK';
  };
  const byName = new Map<string, Bind[]>();
  for (const b of all)
    if (b.authName) byName.set(b.authName, [...(byName.get(b.authName) ?? []), b]);
  // An auth name with healthy and unhealthy binds, all on one page of the table.
  const [authName, binds] = [...byName].find(
    ([, bs]) =>
      bs.length <= 50 && bs.some((b) => health(b) === 'OK') && bs.some((b) => health(b) !== 'OK'),
  )!;

  await page.goto(`/customers/${encodeURIComponent(authName)}`);
  const table = page.getByRole('table', { name: `Binds of auth name ${authName}` });
  await expect(table.locator('tbody tr')).toHaveCount(binds.length);
  const ids = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map((id) =>
    id.trim(),
  );
  const byId = new Map(binds.map((b) => [b.sessionID, b]));
  await expect(table.locator('tbody tr td:nth-child(1)')).toHaveText(
    ids.map((id) => health(byId.get(id)!)),
  );
});

test('the account view lists the binds of the account from a server filter', async ({
  page,
  signIn,
}) => {
  await signIn('/customer-sessions');
  const all = await allCustomers(page);
  const [account, binds] = most(all, 'accountName');
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/sess-manager?')) requests.push(decodeURIComponent(r.url()));
  });
  await page.goto(`/accounts/${encodeURIComponent(account)}`);
  await expect(page.getByTestId('bind-summary')).toHaveText(expectedSummary(binds, Date.now()));
  expect(requests.some((u) => u.includes(`eq(accountName)=${account}`))).toBe(true);
  await expectNoA11yViolations(page);
});

test('an auth name with no binds says so', async ({ page, signIn }) => {
  await signIn('/customers/no-such-auth-name-xyz');
  await expect(page.getByTestId('bind-summary')).toHaveText('No binds');
  await expect(page.getByText('No binds with this auth name right now.')).toBeVisible();
  await expectNoA11yViolations(page);
});
