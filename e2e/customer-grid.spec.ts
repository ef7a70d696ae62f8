import type { Locator, Page } from '@playwright/test';
import {
  addCustomerSession,
  choose,
  columnValues,
  expect,
  expectNoA11yViolations,
  grid,
  resetSimulator,
  setFaults,
  test,
} from './fixtures';

const TITLE = 'Customer sessions';

/** Presses Tab until `target` has the focus (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, limit = 8) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Opens a Mantine Select from the keyboard and moves to `option` with the arrow keys. */
async function pickByKeyboard(page: Page, select: Locator, option: string) {
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const wanted = page.getByRole('option', { name: option, exact: true });
  for (let i = 0; i < 25; i++) {
    if ((await wanted.getAttribute('data-combobox-selected')) !== null) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toHaveAttribute('data-combobox-selected');
  await page.keyboard.press('Enter');
  await expect(select).toHaveValue(option);
}

test.afterEach(async ({ request }) => {
  await resetSimulator(request);
});

test.describe('customer sessions grid', () => {
  // Sign-in plus axe on a full grid take a while on a 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('filters by each operator kind through the builder', async ({ page, signIn }) => {
    await signIn('/customer-sessions');
    const accounts = await columnValues(page, TITLE, 'Account');
    const prefix = (accounts[0] ?? '').slice(0, 3);

    // One value: "starts with".
    await page.getByRole('button', { name: 'Add filter' }).click();
    await expectNoA11yViolations(page);
    await choose(page, 'Attribute', 'Account');
    await choose(page, 'Operator', 'starts with');
    await page.getByRole('textbox', { name: 'Value' }).fill(prefix);
    await page.getByRole('button', { name: 'Apply filter' }).click();
    const chip = `Account starts with ${prefix}`;
    await expect(page.getByRole('button', { name: `Remove filter ${chip}` })).toBeVisible();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('f'))
      .toEqual([`startswith(accountName):${prefix}`]);
    await expect
      .poll(async () =>
        (await columnValues(page, TITLE, 'Account')).every((a) =>
          a.toLowerCase().startsWith(prefix.toLowerCase()),
        ),
      )
      .toBe(true);

    // No value: "is not empty" (ANDed with the first).
    await page.getByRole('button', { name: 'Add filter' }).click();
    await choose(page, 'Attribute', 'Server');
    await choose(page, 'Operator', 'is not empty');
    await expect(page.getByRole('textbox', { name: 'Value' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(
      page.getByRole('button', { name: 'Remove filter Server is not empty' }),
    ).toBeVisible();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('f'))
      .toContain('isnotempty(serverAddr)');

    // A list: "is one of" two addresses taken from the grid.
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
    const ips = [...new Set(await columnValues(page, TITLE, 'IP address'))].slice(0, 2);
    await page.getByRole('button', { name: 'Add filter' }).click();
    await choose(page, 'Attribute', 'IP address');
    await choose(page, 'Operator', 'is one of');
    const tags = page.getByRole('combobox', { name: 'Values' });
    await expectNoA11yViolations(page);
    for (const ip of ips) {
      await tags.fill(ip);
      await tags.press('Enter');
    }
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(
      page.getByRole('button', { name: `Remove filter IP address is one of ${ips.join(', ')}` }),
    ).toBeVisible();
    await expect
      .poll(async () =>
        (await columnValues(page, TITLE, 'IP address')).every((ip) => ips.includes(ip)),
      )
      .toBe(true);

    // A range: "between" two account names; then remove the chip.
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await choose(page, 'Attribute', 'Account');
    await choose(page, 'Operator', 'between');
    await expectNoA11yViolations(page);
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('a');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('c');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('f'))
      .toEqual(['between(accountName):a,c']);
    await expect
      .poll(async () =>
        (await columnValues(page, TITLE, 'Account')).every(
          (a) => a.toLowerCase() >= 'a' && a.toLowerCase() <= 'c',
        ),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Remove filter Account between a and c' }).click();
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  });

  test('builds and removes filters by keyboard alone; list values keep their spaces', async ({
    page,
    signIn,
  }) => {
    await signIn('/customer-sessions');
    const accounts = new Set(await columnValues(page, TITLE, 'Account'));
    const names = [...accounts].filter((n) => n.includes(' ')).slice(0, 2);
    expect(names).toHaveLength(2);
    const addFilter = page.getByRole('button', { name: 'Add filter' });
    await addFilter.focus();
    await page.keyboard.press('Enter');

    // "Account is one of" two multi-word names, each ended by Enter or a comma.
    const form = page.getByRole('form', { name: 'New filter' });
    await tabTo(page, form.getByRole('combobox', { name: 'Attribute' }));
    await pickByKeyboard(page, form.getByRole('combobox', { name: 'Attribute' }), 'Account');
    await page.keyboard.press('Tab');
    await pickByKeyboard(page, form.getByRole('combobox', { name: 'Operator' }), 'is one of');
    await tabTo(page, form.getByRole('combobox', { name: 'Values' }));
    await page.keyboard.type(names[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${names[1]!},`);
    await tabTo(page, form.getByRole('button', { name: 'Apply filter' }));
    await page.keyboard.press('Enter');
    const listChip = `Remove filter Account is one of ${names.join(', ')}`;
    await expect(page.getByRole('button', { name: listChip })).toBeVisible();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('f'))
      .toEqual([`in(accountName):${names.join(',')}`]);
    await expect
      .poll(async () =>
        (await columnValues(page, TITLE, 'Account')).every((a) => names.includes(a)),
      )
      .toBe(true);
    // The panel closed from inside: the focus is back on the button that opened it.
    await expect(addFilter).toBeFocused();

    // A second filter, submitted with Enter from its value.
    await page.keyboard.press('Enter');
    await tabTo(page, form.getByRole('textbox', { name: 'Value' }));
    await page.keyboard.type('a');
    await page.keyboard.press('Enter');
    const containsChip = 'Remove filter Account contains a';
    await expect(page.getByRole('button', { name: containsChip })).toBeVisible();
    await expect(addFilter).toBeFocused();

    // The same attribute and operator again would replace that filter: the builder says so.
    await page.keyboard.press('Enter');
    await expect(form.getByRole('note')).toHaveText(
      'Replaces “Account contains a”: the API takes one filter per attribute and operator.',
    );
    await tabTo(page, form.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(form).toHaveCount(0);
    await expect(addFilter).toBeFocused();

    // Removing a chip moves the focus to the one now in its place; the last, to "Add filter".
    await tabTo(page, page.getByRole('button', { name: listChip }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: listChip })).toHaveCount(0);
    await expect(page.getByRole('button', { name: containsChip })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
    await expect(addFilter).toBeFocused();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('f')).toEqual([]);
  });

  test('sorts by one and by several columns', async ({ page, signIn }) => {
    await signIn('/customer-sessions');
    const customer = page.getByRole('columnheader', { name: /^Customer/ });
    await customer.getByRole('button').click();
    await expect(customer).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=customer/);
    const asc = await columnValues(page, TITLE, 'Customer');
    expect(asc).toEqual(
      [...asc].sort((a, b) =>
        a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
      ),
    );

    await customer.getByRole('button').click();
    await expect(customer).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=-customer/);

    const account = page.getByRole('columnheader', { name: /^Account/ });
    await account.getByRole('button').click({ modifiers: ['Shift'] });
    await expect(account).toHaveAttribute('aria-sort', 'ascending');
    await expect(customer).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('sort'))
      .toBe('-customer,accountName');
  });

  test('a new sort, filter or search returns to page 1', async ({ page, signIn }) => {
    await signIn('/customer-sessions?page=3');
    const range = page.getByTestId('grid-range');
    await expect(range).toHaveText('51–75 of 2,500');
    const toPage2 = async () => {
      await page.getByRole('button', { name: 'Page 2', exact: true }).click();
      await expect(page).toHaveURL(/page=2/);
    };

    await page
      .getByRole('columnheader', { name: /^Customer/ })
      .getByRole('button')
      .click();
    await expect(page).toHaveURL(/sort=customer/);
    await expect(page).not.toHaveURL(/page=/);
    await expect(range).toHaveText('1–25 of 2,500');

    await toPage2();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await choose(page, 'Attribute', 'Server');
    await choose(page, 'Operator', 'is not empty');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(page).toHaveURL(/f=isnotempty/);
    await expect(page).not.toHaveURL(/page=/);
    await expect(range).toHaveText(/^1–25 of /);

    await toPage2();
    await page.getByRole('searchbox', { name: 'Search' }).fill('acme');
    await expect(page).toHaveURL(/q=acme/);
    await expect(page).not.toHaveURL(/page=/);
    await expect(range).toHaveText(/^1–25 of /);
  });

  test('pages and changes the page size', async ({ page, signIn }) => {
    await signIn('/customer-sessions');
    const range = page.getByTestId('grid-range');
    await expect(range).toHaveText('1–25 of 2,500');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(range).toHaveText('26–50 of 2,500');
    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(range).toHaveText('2,476–2,500 of 2,500');
    await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('50');
    await expect(range).toHaveText('1–50 of 2,500');
    await expect(page).toHaveURL(/size=50/);
    await expect(page).not.toHaveURL(/page=/);
    await expectNoA11yViolations(page);
  });

  test('keeps the previous rows, dimmed, while a slow page loads', async ({
    page,
    request,
    signIn,
  }) => {
    await signIn('/customer-sessions');
    const ids = () => columnValues(page, TITLE, 'Session ID');
    const before = await ids();
    const scroller = page.getByTestId('grid-scroll');
    await expect(scroller).toHaveCSS('opacity', '1');
    await setFaults(request, { latencyMs: 1500 });
    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(page.getByRole('progressbar', { name: 'Loading rows' })).toBeVisible();
    // Dimmed once the wait is long enough to notice; the rows are still the first page's.
    await expect(scroller).toHaveCSS('opacity', '0.55');
    expect(await ids()).toEqual(before);
    await expect.poll(ids, { timeout: 10_000 }).not.toEqual(before);
    await expect(scroller).toHaveCSS('opacity', '1');
    await expect(page.getByRole('progressbar', { name: 'Loading rows' })).toHaveCount(0);
  });

  test('cancels a superseded request; its rows never show', async ({ page, request, signIn }) => {
    await signIn('/customer-sessions');
    const ids = () => columnValues(page, TITLE, 'Session ID');
    const first = await ids();
    await setFaults(request, { latencyMs: 1500 });
    const lastPage = page.waitForRequest(
      (r) => r.url().includes('/api/sess-manager?') && !r.url().includes('page_number=1&'),
    );
    await page.getByRole('button', { name: 'Last page' }).click();
    const superseded = await lastPage;
    const settled = Promise.race([
      page.waitForEvent('requestfailed', (r) => r === superseded).then(() => 'cancelled'),
      page.waitForEvent('requestfinished', (r) => r === superseded).then(() => 'answered'),
    ]);
    // Back before the last page's answer: the first page is still cached.
    await page.getByRole('button', { name: 'First page' }).click();
    await expect(page).toHaveURL(/\/customer-sessions(\?(?!.*page=)|$)/);
    expect(await settled).toBe('cancelled');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    expect(await ids()).toEqual(first);
  });

  test('auto-refresh keeps the page, the scroll position, the selection and an open panel', async ({
    page,
    signIn,
  }) => {
    await signIn('/customer-sessions?size=500&page=2&live=5');
    const range = page.getByTestId('grid-range');
    await expect(range).toHaveText('501–1,000 of 2,500');
    await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('5');
    const scroller = page.getByTestId('grid-scroll');
    await scroller.evaluate((el) => el.scrollTo({ top: 4000 }));
    const before = await scroller.evaluate((el) => el.scrollTop);
    expect(before).toBeGreaterThan(3000);
    const selectPage = page.getByRole('checkbox', { name: 'Select all rows on this page' });
    await selectPage.check();
    await page.getByRole('button', { name: 'Columns' }).click();
    const chooser = page.getByRole('list', { name: 'Columns, shown ones in order' });
    await expect(chooser).toBeVisible();

    // A new session makes the next refresh a different answer, not one React can skip.
    await addCustomerSession(page.request, { authName: 'refresh_probe' });
    await expect(range).toHaveText('501–1,000 of 2,501', { timeout: 15_000 });
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(before);
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole('button', { name: 'Page 2', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(selectPage).toBeChecked();
    await expect(chooser).toBeVisible();
  });

  test('a manual refresh highlights new rows and counts the rows that left', async ({
    page,
    signIn,
  }) => {
    await signIn('/customer-sessions?size=10&sort=-sessionID&live=0');
    const range = page.getByTestId('grid-range');
    await expect(range).toHaveText('1–10 of 2,500');
    const table = grid(page, TITLE);
    const lastBefore = (await columnValues(page, TITLE, 'Session ID')).at(-1);

    const sessionID = await addCustomerSession(page.request, { authName: 'refresh_probe' });
    // Auto-refresh is off: nothing changes until asked.
    await expect(range).toHaveText('1–10 of 2,500');
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(range).toHaveText('1–10 of 2,501');

    const newRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'refresh_probe', exact: true }) });
    await expect(newRow).toHaveAttribute('data-new', 'true');
    await expect(newRow).toContainText(sessionID);
    // Not by colour alone: the row carries a named mark, and screen readers hear the count.
    const mark = { name: 'New since the last refresh' };
    await expect(newRow.getByRole('img', mark)).toBeVisible();
    await expect(table.getByRole('img', mark)).toHaveCount(1);
    const announced = page.getByRole('status').filter({ hasText: 'new row' });
    await expect(announced).toHaveText('1 new row');
    expect(await columnValues(page, TITLE, 'Session ID')).not.toContain(lastBefore);
    await expect(page.getByTestId('rows-left')).toHaveText(
      '1 row left this page since the last refresh',
    );
    await expect(table.locator('tr[data-new]')).toHaveCount(1);
    await expectNoA11yViolations(page);

    // Two more: the count follows; a refresh with none clears the marks and the count.
    for (const authName of ['refresh_probe_2', 'refresh_probe_3']) {
      await addCustomerSession(page.request, { authName });
    }
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(range).toHaveText('1–10 of 2,503');
    await expect(announced).toHaveText('2 new rows');
    await expect(table.getByRole('img', mark)).toHaveCount(2);
    await expect(newRow.getByRole('img', mark)).toHaveCount(0);
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(table.getByRole('img', mark)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'new row' })).toHaveCount(0);
  });

  test('pages on the client when the server ignores page_size', async ({
    page,
    request,
    signIn,
  }) => {
    await setFaults(request, { ignorePaging: true });
    await signIn('/customer-sessions?size=10&sort=sessionID&live=0');
    const range = page.getByTestId('grid-range');
    await expect(range).toHaveText('1–10 of 2,500');
    const first = await columnValues(page, TITLE, 'Session ID');
    expect(first).toHaveLength(10);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(range).toHaveText('11–20 of 2,500');
    const second = await columnValues(page, TITLE, 'Session ID');
    expect(second).toHaveLength(10);
    // The next ten in the server's order, not the first ten again.
    expect(Number(second[0])).toBeGreaterThan(Number(first.at(-1)));
  });

  test('virtualizes 500 rows per page', async ({ page, signIn }) => {
    await signIn('/customer-sessions?size=500');
    await expect(page.getByTestId('grid-range')).toHaveText('1–500 of 2,500');
    const rendered = await grid(page, TITLE).locator('tbody tr:not([aria-hidden])').count();
    expect(rendered).toBeLessThan(200);
    await expectNoA11yViolations(page);
  });

  test('keeps the whole view in the URL: reload, back/forward and a fresh page', async ({
    page,
    context,
    signIn,
  }) => {
    const view =
      '/customer-sessions?f=isnotempty%28serverAddr%29&sort=-sessionID&page=3&size=10&cols=sessionID%2Ccustomer%2CipAddr';
    await signIn(view);
    const check = async (p: typeof page) => {
      await expect(
        p.getByRole('button', { name: 'Remove filter Server is not empty' }),
      ).toBeVisible();
      await expect(p.getByRole('columnheader', { name: /^Session ID/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      await expect(p.getByTestId('grid-range')).toHaveText(/^21–30 of /);
      await expect(p.getByRole('columnheader', { name: /^Server/ })).toHaveCount(0);
      await expect(p.getByRole('columnheader', { name: /^IP address/ })).toBeVisible();
    };
    await check(page);
    await page.reload();
    await check(page);

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByTestId('grid-range')).toHaveText(/^31–40 of /);
    await page.goBack();
    await check(page);
    await page.goForward();
    await expect(page.getByTestId('grid-range')).toHaveText(/^31–40 of /);

    const fresh = await context.newPage();
    await fresh.goto(view);
    await check(fresh);
  });

  test('says why a grid is empty, and leads back to rows', async ({ page, signIn }) => {
    await signIn('/customer-sessions?f=eq(ipAddr):192.0.2.1');
    await expect(page.getByText('No sessions match these filters')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('grid-range')).toHaveText('1–25 of 2,500');
    expect(new URL(page.url()).searchParams.getAll('f')).toEqual([]);

    await page.goto('/customer-sessions?page=9999');
    await expect(page.getByText('This page is past the last one.')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Go to the first page' }).click();
    await expect(page.getByTestId('grid-range')).toHaveText('1–25 of 2,500');
  });

  test('hostile URL values fall back to defaults', async ({ page, signIn }) => {
    await signIn(
      '/customer-sessions?page=-4&size=7&sort=constructor&cols=__proto__&f=eq%28authName%29%3Ax&live=3',
    );
    await expect(page.getByTestId('grid-range')).toHaveText('1–25 of 2,500');
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: /^Customer/ })).toBeVisible();
  });

  test('marks blocked and stale binds with icon, text and colour', async ({ page, signIn }) => {
    await signIn('/customer-sessions?sort=-blocked');
    await expect(grid(page, TITLE).getByText('Blocked', { exact: true }).first()).toBeVisible();
    await page.goto('/customer-sessions?sort=sessionLastTick');
    await expect(grid(page, TITLE).getByText('Stale', { exact: true }).first()).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the stale threshold is settable, and remembered', async ({ page, signIn }) => {
    await signIn('/customer-sessions?sort=sessionLastTick');
    const stale = grid(page, TITLE).getByText('Stale', { exact: true });
    await expect(stale.first()).toBeVisible();
    await page.getByRole('button', { name: 'Display' }).click();
    const threshold = page.getByRole('textbox', { name: 'Stale after (seconds)' });
    await expect(threshold).toHaveValue('60');
    await threshold.fill('86400');
    await threshold.blur();
    await expect(stale).toHaveCount(0);
    await page.reload();
    await expect(grid(page, TITLE).getByRole('row').nth(1)).toBeVisible();
    await expect(stale).toHaveCount(0);
    await page.getByRole('button', { name: 'Display' }).click();
    await expect(threshold).toHaveValue('86400');
    await threshold.fill('60');
    await threshold.blur();
    await expect(stale.first()).toBeVisible();
  });

  test('opens a session detail page and a not-found page', async ({ page, context, signIn }) => {
    await signIn('/customer-sessions');
    const authName = (await columnValues(page, TITLE, 'Auth name'))[0];
    const first = grid(page, TITLE).getByRole('row').nth(1).getByRole('link');
    const id = (await first.textContent()) ?? '';
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/customer-sessions/${id}$`));
    await expect(page.getByRole('heading', { name: `Customer session ${id}` })).toBeVisible();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy Auth name' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(authName);
    await expect(page.getByRole('heading', { name: /^Other binds of auth name/ })).toBeVisible();
    await expect(
      page.getByText('No other binds with this auth name.').or(page.getByRole('table')).first(),
    ).toBeVisible();
    await expectNoA11yViolations(page);

    await page.goto('/customer-sessions/999999999');
    await expect(page.getByRole('heading', { name: 'Customer session not found' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto('/customer-sessions/abc');
    await expect(page.getByRole('heading', { name: 'Customer session not found' })).toBeVisible();
  });

  test('shows an API error with its code and a plain message', async ({
    page,
    request,
    signIn,
  }) => {
    await signIn('/customer-sessions');
    await setFaults(request, {
      errorRate: 1,
      errorCode: 'SESSION_MANAGER_REDIS_NOT_FOUND',
      errorStatus: 500,
    });
    await page.goto('/customer-sessions?q=zz-error');
    await expect(page.getByText("The platform's session store is unreachable.")).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('SESSION_MANAGER_REDIS_NOT_FOUND')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('a refused request is worded by what was sent, not as refused filters', async ({
    page,
    request,
    signIn,
  }) => {
    await signIn('/customer-sessions?live=0');
    const table = grid(page, TITLE);
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'HTTP 400' });

    // No filters, no search: a sort and a page were sent, and the platform named neither.
    await setFaults(request, {
      errorRate: 1,
      errorStatus: 400,
      errorCode: 'SESSION_MANAGER_QUERY_INVALID',
    });
    await table.getByRole('button', { name: /^Auth name/ }).click();
    await expect(alert).toContainText('The platform refused the sort or page');
    await expect(alert).toContainText('SESSION_MANAGER_QUERY_INVALID');
    await expect(alert).not.toContainText('filter');
    // The rows asked for before stay, dimmed, under the message.
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    // An error code that points at the sort names the sort; so does a page opened that way.
    await setFaults(request, { errorCode: 'SESSION_MANAGER_SORT_INVALID' });
    await table.getByRole('button', { name: /^Auth name/ }).click();
    await expect(alert).toContainText('The platform refused the sort');
    await page.reload();
    await expect(alert).toContainText('The platform refused the sort', { timeout: 15_000 });
    await expect(alert).not.toContainText('filter');
  });

  test('keeps the last rows with a stale banner during an outage, and recovers', async ({
    page,
    request,
    signIn,
  }) => {
    await signIn('/customer-sessions?live=0');
    const before = await columnValues(page, TITLE, 'Session ID');
    await setFaults(request, { outage: true });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText(/^Stale since \d\d:\d\d:\d\d$/)).toBeVisible();
    await expect(page.getByText(/auto-refresh is off: press Refresh to try again/)).toBeVisible();
    expect(await columnValues(page, TITLE, 'Session ID')).toEqual(before);
    await expectNoA11yViolations(page);

    await setFaults(request, { outage: false });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText(/^Stale since/)).toHaveCount(0, { timeout: 15_000 });
  });
});
