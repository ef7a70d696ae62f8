import {
  addCustomerSession,
  expect,
  expectNoA11yViolations,
  grid,
  resetSimulator,
  setFaults,
  test,
} from './fixtures';

test.afterEach(async ({ request }) => {
  await resetSimulator(request);
});

test.describe.configure({ timeout: 60_000 });

for (const [user, path] of [
  ['noc', '/supplier-sessions?sort=gateCName'],
  ['support', '/customer-sessions?q=acme&size=25'],
  ['manager', '/breakdowns'],
] as const) {
  test(`${user} signs in and lands on the page asked for`, async ({ page, signIn }) => {
    await signIn(path, user, { fresh: true });
    await expect(page.getByLabel('Signed in as')).toHaveText(user);
  });
}

test('a first visit asks to sign in and says nothing of an ended session', async ({ page }) => {
  await page.goto('/customer-sessions?sort=customer');
  await expect(page.getByRole('heading', { name: 'Sign in to SMS Session Console' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in with HORISEN' })).toBeVisible();
  await expect(page.getByText('Your session has ended')).toHaveCount(0);
});

test('a session that ends mid-view says so and brings the user back to the same view after sign-in', async ({
  page,
  request,
  signIn,
}) => {
  const opened = '/customer-sessions?sort=-sessionStart&size=25&page=2&live=0';
  // Settled first: a prefetch still to come would meet the revoked grant before the click.
  const prefetchOf = (n: number) =>
    page.waitForResponse((r) =>
      new RegExp(`/api/sess-manager\\?.*page_number=${n}(&|$)`).test(r.url()),
    );
  let prefetched = prefetchOf(3);
  await signIn(opened);
  await expect(grid(page, 'Customer sessions').getByRole('row').nth(1)).toBeVisible();
  await prefetched;
  // The view then changes through the page, not the address: the next page.
  prefetched = prefetchOf(4);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByTestId('grid-range')).toHaveText(/^51–75 of/);
  await prefetched;
  const view = new URL(page.url());
  expect(view.searchParams.get('page')).toBe('3');

  // The platform ends every grant: the gateway's refresh fails too, so the next call is a 401.
  await setFaults(request, { revokeTokensNow: true });
  await page.getByRole('button', { name: 'Refresh' }).click();

  await expect(page.getByRole('heading', { name: 'Sign in to SMS Session Console' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Your session has ended. Sign in again.');
  await expectNoA11yViolations(page);
  await expect(page).toHaveURL(view.href);
  await page.getByRole('link', { name: 'Sign in with HORISEN' }).click();
  await page.getByLabel('Username').fill('noc');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname).toBe(view.pathname);
  expect([...url.searchParams].sort()).toEqual([...view.searchParams].sort());
  await expect(page.getByRole('columnheader', { name: /Started/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.getByTestId('grid-range')).toHaveText(/^51–75 of/);
  await expect(page.getByText('Your session has ended')).toHaveCount(0);
});

test('sign-out ends the session, also for a copy of its cookie taken before', async ({
  page,
  browser,
  signIn,
}) => {
  await signIn('/customer-sessions', 'noc', { fresh: true });
  // Another browser holding a copy of the cookie (a second device, a stolen cookie).
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
  try {
    await other.addCookies(await page.context().cookies());
    const otherPage = await other.newPage();
    await otherPage.goto('/customer-sessions');
    await expect(otherPage.getByRole('button', { name: 'Sign out' })).toBeEnabled();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(
      page.getByRole('heading', { name: 'Sign in to SMS Session Console' }),
    ).toBeVisible();

    await otherPage.reload();
    await expect(
      otherPage.getByRole('heading', { name: 'Sign in to SMS Session Console' }),
    ).toBeVisible();
    expect((await other.request.get('/auth/me')).status()).toBe(401);
    expect((await other.request.get('/api/sess-manager?page_size=1')).status()).toBe(401);
  } finally {
    await other.close();
  }
});

test('a session field holding markup is shown as text and runs nothing', async ({
  page,
  request,
  signIn,
}) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const sessionID = await addCustomerSession(request, {
    customer: hostile,
    accountName: hostile,
    authName: 'xss_probe_1',
  });

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await signIn('/customer-sessions?q=xss_probe');
  const table = grid(page, 'Customer sessions');
  await expect(table.getByText(hostile, { exact: true }).first()).toBeVisible();

  await page.goto(`/customer-sessions/${sessionID}`);
  await expect(page.getByRole('heading', { name: `Customer session ${sessionID}` })).toBeVisible();
  await expect(page.getByText(hostile, { exact: true }).first()).toBeVisible();

  await page.goto('/customers/xss_probe_1');
  await expect(page.getByText(hostile, { exact: true }).first()).toBeVisible();
  await expectNoA11yViolations(page);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
