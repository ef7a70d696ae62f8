import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

// What each demo account is shown of what it may not do: the manager (both .view privileges)
// sees every action disabled with its reason and one line per page saying so; support (no
// supplier privilege) is not offered supplier data anywhere, and a link to it explains why.

const STOP = 'customer-connection-session-manager.manage';
const RESTART = 'supplier-gate-session-manager.manage';
const SUPPLIER_VIEW = 'sms-supplier-session-manager.view';
const reason = (privilege: string) => `You need the privilege "${privilege}" to do this.`;
const managerNote = (what: string, privilege: string) =>
  `Your account (manager) may view these sessions but not ${what}: that needs the privilege "${privilege}".`;

interface Row {
  sessionID: string;
  authName?: string;
  gateCName?: string;
}

async function firstRow(page: Page, path: string): Promise<Row> {
  const res = await page.request.get(`/api${path}?page_size=1`);
  expect(res.ok()).toBe(true);
  const row = ((await res.json()) as { data: Row[] }).data[0];
  expect(row).toBeDefined();
  return row as Row;
}

/** Disabled, focusable, named reason; clicking it opens nothing. */
async function expectDisabledWithReason(page: Page, button: Locator, privilege: string) {
  await expect(button).toBeInViewport();
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription(reason(privilege));
  await button.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('a manager is told on every page with actions that the account may only view', async ({
  page,
  signIn,
}) => {
  const stopNote = page.getByText(managerNote('stop binds', STOP));
  const restartNote = page.getByText(managerNote('restart gates', RESTART));

  await signIn('/customer-sessions', 'manager');
  const customer = await firstRow(page, '/sess-manager');
  const authName = customer.authName ?? '';
  await expect(stopNote).toBeVisible();
  // The row's action is in view without scrolling the grid sideways.
  await expectDisabledWithReason(
    page,
    page.getByRole('button', { name: /^Stop binds of .* \(session/ }).first(),
    STOP,
  );
  await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
  await expectDisabledWithReason(
    page,
    page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: /^Stop/ }),
    STOP,
  );
  await expectNoA11yViolations(page);

  await page.goto(`/customer-sessions/${customer.sessionID}`);
  await expect(stopNote).toBeVisible();
  await expectDisabledWithReason(
    page,
    page.getByRole('button', { name: `Stop all binds of ${authName}` }),
    STOP,
  );

  await page.goto(`/customers/${encodeURIComponent(authName)}`);
  await expect(stopNote).toBeVisible();
  await expectDisabledWithReason(
    page,
    page.getByRole('button', { name: `Stop all binds of ${authName}` }),
    STOP,
  );

  await page.goto('/supplier-sessions');
  const supplier = await firstRow(page, '/sess-manager-suppliers');
  await expect(restartNote).toBeVisible();
  await expectDisabledWithReason(
    page,
    page.getByRole('button', { name: /^Restart gate .* \(session/ }).first(),
    RESTART,
  );
  await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
  await expectDisabledWithReason(
    page,
    page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: /^Restart/ }),
    RESTART,
  );

  await page.goto(`/supplier-sessions/${supplier.sessionID}`);
  await expect(restartNote).toBeVisible();
  await expectDisabledWithReason(
    page,
    page.getByRole('button', { name: `Restart gate ${supplier.gateCName ?? ''}` }),
    RESTART,
  );
  await expectNoA11yViolations(page);
});

test('a noc user sees no such note', async ({ page, signIn }) => {
  await signIn('/customer-sessions');
  await expect(
    page.getByRole('button', { name: /^Stop binds of .* \(session/ }).first(),
  ).toBeEnabled();
  await expect(page.getByText(/may view these sessions but not/)).toHaveCount(0);
  await page.goto('/supplier-sessions');
  await expect(
    page.getByRole('button', { name: /^Restart gate .* \(session/ }).first(),
  ).toBeEnabled();
  await expect(page.getByText(/may view these sessions but not/)).toHaveCount(0);
});

test('support is offered no supplier data, and a link to it says which privilege it needs', async ({
  page,
  signIn,
}) => {
  // This browser holds a saved view of each grid (saved by someone else who used it).
  await page.addInitScript(() =>
    localStorage.setItem(
      'sms-console-saved-views',
      JSON.stringify([
        { grid: 'customer-sessions', name: 'Acme binds', search: '?q=acme' },
        { grid: 'supplier-sessions', name: 'Northwind gates', search: '?q=northwind' },
      ]),
    ),
  );
  // Asked of the platform while searching (the breakdowns and wall ask and get a 403: they need
  // the customer half anyway, and say what is missing).
  const supplierRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/sess-manager-suppliers')) {
      supplierRequests.push(r.url());
    }
  });

  await signIn('/customer-sessions', 'support');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Customer sessions', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^Acme binds/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Supplier sessions', exact: true })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: /Northwind gates/ })).toHaveCount(0);
  // Support may stop binds: no note on the customer grid.
  await expect(
    page.getByRole('button', { name: /^Stop binds of .* \(session/ }).first(),
  ).toBeEnabled();
  await expect(page.getByText(/may view these sessions but not/)).toHaveCount(0);

  // The global search lists customer matches only, and does not ask the platform for gates.
  await page.keyboard.press('Control+K');
  const searchBox = page.getByRole('textbox', { name: 'Search', exact: true });
  await expect(searchBox).toBeFocused();
  await searchBox.fill('de');
  const results = page.getByRole('dialog');
  await expect(results.getByRole('group').first()).toBeVisible();
  await expect(results.getByLabel('Searching')).toHaveCount(0);
  await expect(results.getByRole('group', { name: 'Supplier gates' })).toHaveCount(0);
  expect(supplierRequests).toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/breakdowns');
  await expect(page.getByRole('tab', { name: 'Customer sessions' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Supplier connections' })).toHaveCount(0);
  await expect(
    page.getByText(
      `Supplier connections are not shown: they need the privilege "${SUPPLIER_VIEW}"`,
    ),
  ).toBeVisible();

  await page.goto('/wall');
  await expect(page.getByRole('group', { name: 'Customer binds' })).toContainText('2,500');
  await expect(page.getByRole('group', { name: 'Gates down' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Gates reconnecting' })).toHaveCount(0);
  await expect(
    page.getByText(`Gate figures are not shown: they need the privilege "${SUPPLIER_VIEW}"`),
  ).toBeVisible();

  // Opened from a link: a plain page naming the privilege, not an error.
  for (const path of ['/supplier-sessions?q=northwind', '/supplier-sessions/1002501']) {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { name: 'Supplier sessions are not available to your account' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        `This page needs the privilege "${SUPPLIER_VIEW}", which your account does not have.`,
      ),
    ).toBeVisible();
    await expect(
      page.getByText('Your account may see customer sessions and stop customer binds.'),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
  }
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Go to customer sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Customer sessions' })).toBeVisible();
});
