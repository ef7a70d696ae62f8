import type { Page } from '@playwright/test';
import { choose, expect, expectNoA11yViolations, grid, test } from './fixtures';

const TITLE = 'Customer sessions';
// A reload or navigation loads and fetches again, which is slow while two cores are shared.
const AFTER_LOAD = { timeout: 15_000 };

/** The grid's header texts, left to right (the fixed columns included). */
async function headerOrder(page: Page, title = TITLE): Promise<string[]> {
  return grid(page, title)
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.textContent?.replace(/\d+$/, '').trim() ?? ''));
}

/** The columns that can be shown, hidden and moved, in the order shown. */
async function dataHeaders(page: Page, title = TITLE): Promise<string[]> {
  return (await headerOrder(page, title)).filter((h) => !['', 'Health', 'Actions'].includes(h));
}

function urlCols(page: Page): string | null {
  return new URL(page.url()).searchParams.get('cols');
}

async function headerWidth(page: Page, name: string): Promise<number> {
  const box = await grid(page, TITLE)
    .getByRole('columnheader', { name: new RegExp(`^${name}`) })
    .boundingBox();
  if (!box) throw new Error(`No header ${name}`);
  return box.width;
}

async function firstRowHeight(page: Page): Promise<number> {
  const box = await grid(page, TITLE).locator('tbody tr').first().boundingBox();
  if (!box) throw new Error('No rows');
  return box.height;
}

test.describe('grid column controls and saved views', () => {
  // Sign-in, several reloads and axe runs take a while on a 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('hides, shows and moves columns; the URL carries the order and the browser remembers it', async ({
    page,
    signIn,
  }) => {
    await signIn('/customer-sessions');
    await expect(grid(page, TITLE).getByRole('row').nth(1)).toBeVisible();
    expect((await dataHeaders(page)).slice(0, 3)).toEqual(['Session ID', 'Customer', 'Account']);

    await page.getByRole('button', { name: 'Columns' }).click();
    const panel = page.locator('#column-chooser');
    await expect(panel.getByRole('checkbox', { name: 'Server' })).toBeChecked();
    await expectNoA11yViolations(page);

    // Hide one column, show another (it joins the end).
    await panel.getByRole('checkbox', { name: 'Server' }).uncheck();
    await expect(grid(page, TITLE).getByRole('columnheader', { name: /^Server/ })).toHaveCount(0);
    await panel.getByRole('checkbox', { name: 'Protocol', exact: true }).check();
    await expect.poll(async () => (await dataHeaders(page)).at(-1)).toBe('Protocol');
    expect(urlCols(page)?.split(',')).not.toContain('serverAddr');

    // Move Customer before Session ID with the mouse, then Account back right with the keyboard.
    await panel.getByRole('button', { name: 'Move Customer left' }).click();
    await expect
      .poll(async () => (await dataHeaders(page)).slice(0, 3))
      .toEqual(['Customer', 'Session ID', 'Account']);
    expect(urlCols(page)?.split(',').slice(0, 3)).toEqual(['customer', 'sessionID', 'accountName']);
    const moveRight = panel.getByRole('button', { name: 'Move Account right' });
    await moveRight.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await dataHeaders(page)).slice(0, 4))
      .toEqual(['Customer', 'Session ID', 'Auth name', 'Account']);
    // The moved item keeps the keyboard focus, so it can be moved again straight away.
    await expect(moveRight).toBeFocused();
    const order = await dataHeaders(page);
    const cols = urlCols(page);

    // The view URL reproduces it.
    await page.reload();
    await expect.poll(() => dataHeaders(page), AFTER_LOAD).toEqual(order);

    // A URL without `cols` opens with this browser's last choice, and then carries it, so the
    // address copied from here opens the same columns elsewhere.
    await page.goto('/customer-sessions');
    await expect.poll(() => dataHeaders(page), AFTER_LOAD).toEqual(order);
    await expect.poll(() => urlCols(page)).toBe(cols);

    // ...but a URL with `cols` wins.
    await page.goto('/customer-sessions?cols=ipAddr%2CsessionID');
    await expect.poll(() => dataHeaders(page), AFTER_LOAD).toEqual(['IP address', 'Session ID']);
    await page.goto(`/customer-sessions?cols=${encodeURIComponent(cols ?? '')}`);
    await expect.poll(() => dataHeaders(page), AFTER_LOAD).toEqual(order);

    // Reset columns returns to the defaults, in definition order.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('button', { name: 'Reset columns' }).click();
    await expect
      .poll(async () => (await dataHeaders(page)).slice(0, 3))
      .toEqual(['Session ID', 'Customer', 'Account']);
  });

  test('switches row density and resizes columns, remembered after a reload', async ({
    page,
    signIn,
  }) => {
    await signIn('/customer-sessions');
    await expect(grid(page, TITLE).getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('button', { name: 'Columns' }).click();

    // Density.
    const comfortable = await firstRowHeight(page);
    await page.getByText('Compact', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Compact' })).toBeChecked();
    await expect.poll(() => firstRowHeight(page)).toBeLessThan(comfortable - 6);
    const compact = await firstRowHeight(page);

    // Resize with the mouse, by the handle on the header's right edge.
    await expect(page.getByRole('button', { name: 'Reset widths' })).toBeDisabled();
    const before = await headerWidth(page, 'Customer');
    const handle = page.getByRole('separator', { name: 'Resize Customer column' });
    const box = await handle.boundingBox();
    if (!box) throw new Error('No resize handle');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, y, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 120, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => headerWidth(page, 'Customer')).toBeGreaterThan(before + 110);
    const resized = await headerWidth(page, 'Customer');
    expect(resized).toBeLessThan(before + 130);
    // Other columns keep their width.
    const session = await headerWidth(page, 'Session ID');

    // The handle is a focusable separator: arrow keys resize too.
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => headerWidth(page, 'Customer')).toBeLessThan(resized - 10);
    const keyed = await headerWidth(page, 'Customer');

    await page.reload();
    await expect(grid(page, TITLE).getByRole('row').nth(1)).toBeVisible(AFTER_LOAD);
    await expect.poll(() => headerWidth(page, 'Customer')).toBeCloseTo(keyed, 0);
    expect(await headerWidth(page, 'Session ID')).toBeCloseTo(session, 0);
    expect(await firstRowHeight(page)).toBeCloseTo(compact, 0);

    // Reset widths gives the columns back to their content.
    await page.getByRole('button', { name: 'Columns' }).click();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Reset widths' }).click();
    await expect.poll(() => headerWidth(page, 'Customer')).toBeLessThan(keyed - 50);
    await expect(page.getByRole('button', { name: 'Reset widths' })).toBeDisabled();
    await page.getByText('Comfortable', { exact: true }).click();
    await expect.poll(() => firstRowHeight(page)).toBeCloseTo(comfortable, 0);
  });

  test('saves a view, lists it in the navigation, opens, replaces and deletes it', async ({
    page,
    context,
    signIn,
  }) => {
    const view =
      '/customer-sessions?f=isnotempty%28serverAddr%29&sort=-sessionID&page=2&cols=customer%2CsessionID%2CipAddr';
    await signIn(view);
    await expect(grid(page, TITLE).getByRole('row').nth(1)).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('heading', { name: 'Saved views' })).toBeVisible();

    // Names are checked: empty and too long are refused.
    await page.getByRole('button', { name: 'Save view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view' });
    const name = dialog.getByRole('textbox', { name: 'View name' });
    await expect(name).toBeFocused();
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog.getByText('Enter a name')).toBeVisible();
    await name.fill('x'.repeat(61));
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog.getByText('Use at most 60 characters')).toBeVisible();
    await expectNoA11yViolations(page);
    await name.fill('Busy servers');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog).toHaveCount(0);
    const link = nav.getByRole('link', { name: /^Busy servers/ });
    await expect(link).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Copy link to Busy servers' })).toBeVisible();
    await expectNoA11yViolations(page);

    // Away and back through the navigation: the same filters, sort and columns (page 1).
    await nav.getByRole('link', { name: 'Supplier sessions' }).click();
    await expect(page.getByRole('heading', { name: 'Supplier sessions' })).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Remove filter Server is not empty' }),
    ).toBeVisible();
    await expect(
      grid(page, TITLE).getByRole('columnheader', { name: /^Session ID/ }),
    ).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => dataHeaders(page)).toEqual(['Customer', 'Session ID', 'IP address']);
    const params = new URL(page.url()).searchParams;
    expect(params.get('page')).toBeNull();
    expect(params.get('cols')).toBe('customer,sessionID,ipAddr');

    // The copied link is absolute and opens the same view.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await nav.getByRole('button', { name: 'Copy link to Busy servers' }).click();
    await expect(nav.getByRole('button', { name: 'Link to Busy servers copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied.startsWith('http://127.0.0.1:')).toBe(true);

    // Saving under a taken name asks before replacing.
    await page.goto('/customer-sessions?sort=customer');
    await page.getByRole('button', { name: 'Save view' }).click();
    await dialog.getByRole('textbox', { name: 'View name' }).fill('busy servers');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog.getByRole('alert')).toContainText('“Busy servers” already exists');
    await dialog.getByRole('button', { name: 'Replace view' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(nav.getByRole('link', { name: /^busy servers/i })).toHaveCount(1);
    await nav.getByRole('link', { name: /^busy servers/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('customer');

    // Delete.
    await nav.getByRole('button', { name: 'Delete view busy servers' }).click();
    await expect(nav.getByRole('link', { name: /^busy servers/i })).toHaveCount(0);
    await expect(nav.getByText('to keep its filters, sort and columns here')).toBeVisible();
  });

  for (const g of [
    {
      title: TITLE,
      path: '/customer-sessions',
      search: 'vandel',
      sortBy: 'Auth name',
      sortKey: 'authName',
      filter: { attribute: 'Account', operator: 'starts with', value: 'a' },
      chip: 'Account starts with a',
      encoded: 'startswith(accountName):a',
      hide: 'Server',
      hiddenId: 'serverAddr',
    },
    {
      title: 'Supplier sessions',
      path: '/supplier-sessions',
      search: 'premium',
      sortBy: 'Gate',
      sortKey: 'gateName',
      filter: { attribute: 'Owner BP', operator: 'contains', value: 'e' },
      chip: 'Owner BP contains e',
      encoded: 'contains(ownerBpName):e',
      hide: 'Remote host',
      hiddenId: 'remoteHost',
    },
  ]) {
    test(`a view built in the ${g.title.toLowerCase()} grid is saved exactly as shown`, async ({
      page,
      signIn,
    }) => {
      await signIn(g.path);
      const table = grid(page, g.title);
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      const param = (key: string) => new URL(page.url()).searchParams.getAll(key);

      // Everything through the controls, none of it from a URL.
      await page.getByRole('searchbox', { name: 'Search' }).fill(g.search);
      await expect.poll(() => param('q')).toEqual([g.search]);
      await table.getByRole('button', { name: new RegExp(`^${g.sortBy}`) }).click();
      await expect.poll(() => param('sort')).toEqual([g.sortKey]);
      await page.getByRole('button', { name: 'Add filter' }).click();
      await choose(page, 'Attribute', g.filter.attribute);
      await choose(page, 'Operator', g.filter.operator);
      await page.getByRole('textbox', { name: 'Value' }).fill(g.filter.value);
      await page.getByRole('button', { name: 'Apply filter' }).click();
      await expect.poll(() => param('f')).toEqual([g.encoded]);
      await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('50');
      await expect.poll(() => param('size')).toEqual(['50']);
      await page.getByRole('button', { name: 'Columns' }).click();
      await page.locator('#column-chooser').getByRole('checkbox', { name: g.hide }).uncheck();
      await expect(table.getByRole('columnheader', { name: new RegExp(`^${g.hide}`) })).toHaveCount(
        0,
      );
      const shown = await dataHeaders(page, g.title);
      const onScreen = new URL(page.url()).searchParams;
      onScreen.delete('page');

      await page.getByRole('button', { name: 'Save view' }).click();
      const dialog = page.getByRole('dialog', { name: 'Save this view' });
      await dialog.getByRole('textbox', { name: 'View name' }).fill('Built here');
      await dialog.getByRole('button', { name: 'Save view' }).click();
      await expect(dialog).toHaveCount(0);

      // The stored link holds the whole view: search, sort, filter, page size and columns.
      const nav = page.getByRole('navigation', { name: 'Main' });
      const link = nav.getByRole('link', { name: /^Built here/ });
      // It is the view on screen, and the navigation says so.
      await expect(link).toHaveAttribute('aria-current', 'page');
      const saved = new URL((await link.getAttribute('href')) ?? '', page.url());
      expect(saved.pathname).toBe(g.path);
      expect(saved.searchParams.getAll('q')).toEqual([g.search]);
      expect(saved.searchParams.getAll('sort')).toEqual([g.sortKey]);
      expect(saved.searchParams.getAll('f')).toEqual([g.encoded]);
      expect(saved.searchParams.getAll('size')).toEqual(['50']);
      expect(saved.searchParams.get('cols')?.split(',')).not.toContain(g.hiddenId);
      expect([...saved.searchParams].sort()).toEqual([...onScreen].sort());

      // Opened from elsewhere, it shows the same view.
      await page.goto(
        g.path === '/customer-sessions' ? '/supplier-sessions' : '/customer-sessions',
      );
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeEnabled();
      await link.click();
      await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(g.search);
      await expect(page.getByRole('button', { name: `Remove filter ${g.chip}` })).toBeVisible();
      await expect(
        table.getByRole('columnheader', { name: new RegExp(`^${g.sortBy}`) }),
      ).toHaveAttribute('aria-sort', 'ascending');
      await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('50');
      await expect.poll(() => dataHeaders(page, g.title), AFTER_LOAD).toEqual(shown);
      await expect(link).toHaveAttribute('aria-current', 'page');
      // Another page size is another view.
      await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('100');
      await expect.poll(() => param('size')).toEqual(['100']);
      await expect(link).not.toHaveAttribute('aria-current');
    });
  }

  test('corrupt stored preferences and views fall back without breaking the page', async ({
    page,
    signIn,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('sms-console-saved-views', '{"not":"a list"');
      localStorage.setItem(
        'sms-console-grid-customer-sessions',
        JSON.stringify({ cols: ['evil', 'ipAddr'], widths: { customer: 'wide' }, density: 7 }),
      );
    });
    await signIn('/customer-sessions');
    await expect.poll(() => dataHeaders(page), AFTER_LOAD).toEqual(['IP address']);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('heading', { name: 'Saved views' }),
    ).toBeVisible();
  });
});
