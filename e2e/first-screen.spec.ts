import { columnValues, expect, expectNoA11yViolations, grid, test } from './fixtures';

// The grids' first screen comes rendered by the gateway (server/gateway/first-screen.ts) and the
// bundle hydrates it: the same rows as the API's, inert until the app has taken the page over.

test('a grid page arrives with its rows rendered, then becomes the live app', async ({
  page,
  signIn,
  consoleErrors,
}) => {
  await signIn('/customer-sessions?sort=-sessionID&size=10');
  const api = await page.request.get(
    '/api/sess-manager?sort=-sessionID&page_size=10&page_number=1',
  );
  const ids = ((await api.json()) as { data: { sessionID: string }[] }).data.map(
    (s) => s.sessionID,
  );
  expect(ids).toHaveLength(10);

  const document = await page.request.get('/customer-sessions?sort=-sessionID&size=10', {
    headers: { accept: 'text/html' },
  });
  const html = await document.text();
  expect(html).toContain('<div id="root" inert aria-disabled="true">');
  expect(html).toContain('id="first-screen-state"');
  for (const id of ids) expect(html).toContain(`>${id}</a>`);

  await page.reload();
  const table = grid(page, 'Customer sessions');
  await expect(table.getByRole('row')).toHaveCount(11);
  expect(await columnValues(page, 'Customer sessions', 'Session ID')).toEqual(ids);
  // Hydrated: the page reacts (a sort click changes the URL and the rows) and is no longer inert.
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await expect(page.locator('#root')).not.toHaveAttribute('aria-disabled');
  const customer = page.getByRole('columnheader', { name: /^Customer/ });
  await customer.getByRole('button').click();
  await expect(customer).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=customer(&|$)/);
  await expect.poll(() => columnValues(page, 'Customer sessions', 'Session ID')).not.toEqual(ids);
  expect(consoleErrors).toEqual([]);
});

test('the gateway renders a page in this browser’s own settings, colour scheme and columns', async ({
  page,
  signIn,
  consoleErrors,
}) => {
  await signIn('/supplier-sessions');
  const table = grid(page, 'Supplier sessions');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // As a user does: a platform time zone, one column fewer, dark mode.
  await page.getByRole('button', { name: 'Display' }).click();
  await expectNoA11yViolations(page);
  await page.getByRole('combobox', { name: 'Platform time zone' }).fill('Tokyo');
  await page.getByRole('option', { name: 'Asia/Tokyo', exact: true }).click();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.locator('#column-chooser').getByRole('checkbox', { name: 'Remote port' }).uncheck();
  await expect(table.getByRole('columnheader', { name: /^Remote port/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();

  // The document itself already shows them (the app mirrors them into cookies the gateway reads),
  // so nothing changes when the page hydrates.
  const document = await page.request.get('/supplier-sessions', {
    headers: { accept: 'text/html' },
  });
  const html = await document.text();
  expect(html).toContain('id="first-screen-state"');
  expect(html).toContain('<html lang="en" data-mantine-color-scheme="dark">');
  expect(html).toContain('(Asia/Tokyo)');
  expect(html).not.toContain('(UTC)');
  expect(html).toContain('Remote host');
  expect(html).not.toContain('Remote port');

  await page.goto('/supplier-sessions');
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(table.locator('tbody [title*="(Asia/Tokyo)"]').first()).toBeAttached();
  await expect(table.getByRole('columnheader', { name: /^Remote port/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  expect(consoleErrors).toEqual([]);
});

test('a rendered 500-row page hydrates its virtual rows without a mismatch', async ({
  page,
  signIn,
  consoleErrors,
}) => {
  await signIn('/supplier-sessions?size=500');
  // Reloaded until the gateway renders it (a first, slower render is sent as the plain page).
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator('#first-screen-state').count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  const rows = grid(page, 'Supplier sessions').locator('tbody tr:not([aria-hidden])');
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await expect.poll(() => rows.count()).toBeGreaterThan(20);
  await page.getByTestId('grid-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rows.last()).toContainText(/\d/);
  expect(consoleErrors).toEqual([]);
});
