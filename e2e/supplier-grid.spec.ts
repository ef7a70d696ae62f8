import {
  choose,
  columnValues,
  expect,
  expectNoA11yViolations,
  grid,
  resetSimulator,
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
  });
});
