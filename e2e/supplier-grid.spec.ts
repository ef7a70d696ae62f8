import {
  choose,
  columnValues,
  expect,
  expectNoA11yViolations,
  grid,
  resetSimulator,
  setFaults,
  test,
} from './fixtures';

const TITLE = 'Supplier sessions';

test.afterEach(async ({ request }) => {
  await resetSimulator(request);
});

test.describe('supplier sessions grid', () => {
  test.describe.configure({ timeout: 60_000 });

  test('offers only the documented attributes and validates Owner ID as a number', async ({
    page,
    signIn,
  }) => {
    await signIn('/supplier-sessions?cols=sessionID%2CownerId%2CownerBpName%2Cstatus');
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('combobox', { name: 'Attribute' }).click();
    await expect(page.getByRole('listbox').getByRole('option')).toHaveText([
      'Owner ID',
      'Owner BP',
    ]);
    await page.getByRole('option', { name: 'Owner ID' }).click();
    await choose(page, 'Operator', 'between');
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('abc');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('5');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(page.getByText('Owner ID must be a whole number')).toBeVisible();

    const owners = (await columnValues(page, TITLE, 'Owner ID')).map(Number).sort((a, b) => a - b);
    const low = owners[0] ?? 0;
    const high = owners[owners.length - 1] ?? 0;
    await page.getByRole('textbox', { name: 'From', exact: true }).fill(String(low));
    await page.getByRole('textbox', { name: 'To', exact: true }).fill(String(high));
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(
      page.getByRole('button', { name: `Remove filter Owner ID between ${low} and ${high}` }),
    ).toBeVisible();
    await expect
      .poll(async () =>
        (await columnValues(page, TITLE, 'Owner ID')).every(
          (o) => Number(o) >= low && Number(o) <= high,
        ),
      )
      .toBe(true);
    await expectNoA11yViolations(page);
  });

  test('searches with q, sorts and pages, and a reload restores the view', async ({
    page,
    signIn,
  }) => {
    await signIn('/supplier-sessions');
    const search = page.getByRole('searchbox', { name: 'Search', exact: true });
    await expect(search).toHaveAttribute('placeholder', 'Supplier, gate, connection, host, owner…');
    const supplier = (await columnValues(page, TITLE, 'Supplier'))[0] ?? '';
    const word = supplier.split(' ')[0] ?? '';
    expect(word.length).toBeGreaterThan(2);
    await search.fill(word);
    await expect(page).toHaveURL(new RegExp(`q=${word}`));
    const matches = (rows: string[][]) =>
      rows.every((cells) => cells.some((c) => c.toLowerCase().includes(word.toLowerCase())));
    const rowsNow = async () =>
      grid(page, TITLE)
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
    await expect.poll(async () => matches(await rowsNow())).toBe(true);

    const gate = page.getByRole('columnheader', { name: /^Gate$/ });
    await gate.getByRole('button').click();
    await expect(gate).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=gateName/);
    const range = page.getByTestId('grid-range');
    const total = ((await range.textContent()) ?? '').replace(/^.* of /, '');
    if (Number(total.replace(/,/g, '')) > 25) {
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect(page).toHaveURL(/page=2/);
    }
    const shown = await columnValues(page, TITLE, 'Gate');
    // The API orders text by code unit, as Array.prototype.sort does.
    expect(shown).toEqual([...shown].sort());

    await page.reload();
    await expect(search).toHaveValue(word);
    await expect(page.getByRole('columnheader', { name: /^Gate$/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(await columnValues(page, TITLE, 'Gate')).toEqual(shown);
  });

  test('shows placeholder rows while its first page loads', async ({ page, request, signIn }) => {
    await signIn('/customer-sessions');
    await setFaults(request, { latencyMs: 1500 });
    await page.getByRole('link', { name: 'Supplier sessions' }).click();
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Loading rows' })).toBeVisible();
    // Skeleton rows: hidden from assistive technology, which hears the progress bar instead.
    const placeholders = page.getByTestId('grid-scroll').locator('tbody tr[aria-hidden="true"]');
    await expect(placeholders).toHaveCount(8);
    await expect(grid(page, TITLE).getByRole('row').nth(1)).toBeVisible({ timeout: 10_000 });
    await expect(placeholders).toHaveCount(0);
  });

  test('marks connections that are not bound as reconnecting or down', async ({ page, signIn }) => {
    // Descending status puts RECONNECTING (41 in the seeded population) first, then DOWN.
    await signIn('/supplier-sessions?sort=-status&size=100');
    await expect(
      grid(page, TITLE).getByText('Reconnecting', { exact: true }).first(),
    ).toBeVisible();
    await expect(grid(page, TITLE).getByText('Down', { exact: true }).first()).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('opens a supplier detail page with the other connections of the gate', async ({
    page,
    signIn,
  }) => {
    await signIn('/supplier-sessions');
    const first = grid(page, TITLE).getByRole('row').nth(1).getByRole('link');
    const id = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { name: `Supplier session ${id}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy Gate code name' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Other connections of gate/ })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto('/supplier-sessions/0');
    await expect(page.getByRole('heading', { name: 'Supplier session not found' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
