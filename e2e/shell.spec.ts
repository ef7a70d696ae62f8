import { expect, expectNoA11yViolations, grid, test } from './fixtures';

test('the sign-in screen is accessible', async ({ page }) => {
  await page.goto('/supplier-sessions?page=2');
  await expect(page.getByRole('heading', { name: 'Sign in to SMS Session Console' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in with HORISEN' })).toHaveAttribute(
    'href',
    `/auth/login?returnTo=${encodeURIComponent('/supplier-sessions?page=2')}`,
  );
  await expectNoA11yViolations(page);
});

test('the shell renders, navigates and switches colour scheme without console errors', async ({
  page,
  signIn,
  consoleErrors,
}) => {
  await signIn('/customer-sessions');
  await expect(page).toHaveTitle('SMS Session Console');
  await expect(page.getByRole('heading', { name: 'SMS Session Console' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Customer sessions' })).toBeVisible();
  await expect(page.getByText('noc', { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Supplier sessions' }).click();
  await expect(page).toHaveURL(/\/supplier-sessions$/);
  await expect(page.getByRole('heading', { name: 'Supplier sessions' })).toBeVisible();
  await expect(grid(page, 'Supplier sessions')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expectNoA11yViolations(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');

  expect(consoleErrors).toEqual([]);
});

test('the root redirects to customer sessions and unknown paths show not found', async ({
  page,
  signIn,
}) => {
  await signIn('/customer-sessions');
  await page.goto('/');
  await expect(page).toHaveURL(/\/customer-sessions$/);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Go to customer sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Customer sessions' })).toBeVisible();
});

test('sign-in returns to the exact view asked for, and sign out ends the session', async ({
  page,
  signIn,
}) => {
  await signIn('/supplier-sessions?sort=-remotePort&page=2', 'noc', { fresh: true });
  await expect(page.getByRole('columnheader', { name: /Remote port/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to SMS Session Console' })).toBeVisible();
});
