import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

interface Customer {
  authName?: string;
  accountName?: string;
  ipAddr?: string;
}
interface Supplier {
  gateCName?: string;
}

async function data(page: Page) {
  const [c, s] = await Promise.all([
    page.request.get('/api/sess-manager?all=yes'),
    page.request.get('/api/sess-manager-suppliers?all=yes'),
  ]);
  return {
    customers: ((await c.json()) as { data: Customer[] }).data,
    suppliers: ((await s.json()) as { data: Supplier[] }).data,
  };
}

const searchBox = (page: Page) => page.getByRole('textbox', { name: 'Search', exact: true });

/** Types into the header box (which opens Spotlight) and waits for the match to be listed. */
async function search(page: Page, text: string, group: string) {
  await page
    .getByRole('textbox', { name: /^Search customers/ })
    .pressSequentially(text.slice(0, 1));
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).pressSequentially(text.slice(1));
  const dialog = page.getByRole('dialog');
  const matches = dialog.getByRole('group', { name: group });
  await expect(matches.getByText(text, { exact: true }).first()).toBeVisible();
}

test('search opens the auth-name view for an auth name', async ({ page, signIn }) => {
  await signIn('/customer-sessions');
  const { customers } = await data(page);
  // An auth name that is no one's account name, so the auth-name view is the best match.
  const accounts = new Set(customers.map((c) => c.accountName?.toLowerCase()));
  const authName = customers.map((c) => c.authName!).find((a) => !accounts.has(a.toLowerCase()))!;
  await search(page, authName, 'Auth names');
  await expectNoA11yViolations(page);
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(`/customers/${encodeURIComponent(authName)}`);
  await expect(page.getByRole('heading', { name: authName, exact: true })).toBeVisible();
});

test('search opens the account view for an account', async ({ page, signIn }) => {
  await signIn('/customer-sessions');
  const { customers } = await data(page);
  const authNames = new Set(customers.map((c) => c.authName?.toLowerCase()));
  const account = customers
    .map((c) => c.accountName!)
    .find((a) => !authNames.has(a.toLowerCase()))!;
  await search(page, account, 'Accounts');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(`/accounts/${encodeURIComponent(account)}`);
  await expect(page.getByTestId('bind-summary')).toBeVisible();
});

test('search opens the customer grid filtered by an IP', async ({ page, signIn }) => {
  await signIn('/supplier-sessions');
  const { customers } = await data(page);
  const ip = customers[0]!.ipAddr!;
  await search(page, ip, 'IPs');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\/customer-sessions\?/);
  expect(new URL(page.url()).searchParams.getAll('f')).toContain(`eq(ipAddr):${ip}`);
});

test('search opens the supplier grid for a gate, also by mouse and Ctrl+K', async ({
  page,
  signIn,
}) => {
  await signIn('/customer-sessions');
  const { suppliers } = await data(page);
  const gate = suppliers[0]!.gateCName!;
  await page.keyboard.press('Control+K');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill(gate);
  const option = page.getByRole('dialog').getByRole('button', { name: new RegExp(`^${gate}`) });
  await expect(option.first()).toBeVisible();
  await option.first().click();
  await expect(page).toHaveURL(/\/supplier-sessions\?/);
  expect(new URL(page.url()).searchParams.get('q')).toBe(gate);
});

test('typing sends one debounced search per endpoint', async ({ page, signIn }) => {
  await signIn('/customer-sessions');
  const { customers } = await data(page);
  const text = customers[0]!.authName!;
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/') && u.searchParams.has('q')) seen.push(u.pathname);
  });
  await search(page, text, 'Auth names');
  expect(seen.filter((p) => p === '/api/sess-manager').length).toBe(1);
  expect(seen.filter((p) => p === '/api/sess-manager-suppliers').length).toBe(1);
});

for (const delay of [40, 0]) {
  test(`every key typed right after the first Ctrl+K lands in the search (${delay} ms per key)`, async ({
    page,
    signIn,
  }) => {
    await signIn('/customer-sessions');
    // No wait between the shortcut and the typing: the search may still be loading.
    await page.keyboard.press('Control+K');
    await page.keyboard.type('stark_bank_2', { delay });
    await expect(searchBox(page)).toHaveValue('stark_bank_2');
    await expect(searchBox(page)).toBeFocused();
    // The caret is at the end: the next key goes after what was typed.
    await page.keyboard.type('x');
    await expect(searchBox(page)).toHaveValue('stark_bank_2x');

    // Closed and opened again, it starts empty and takes keys as before.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Control+K');
    await page.keyboard.type('acme', { delay });
    await expect(searchBox(page)).toHaveValue('acme');
  });
}
