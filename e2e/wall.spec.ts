import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  resetSimulator,
  setFaults,
  SIMULATOR_URL,
  test,
} from './fixtures';

// Two refresh cycles, an outage and a recovery at 5 s intervals need more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

interface Customer {
  blocked?: boolean;
  sessionLastTick?: string;
}
interface Supplier {
  gateCName?: string;
  status?: string;
}

test.afterEach(async ({ request }) => {
  await resetSimulator(request);
});

async function expectedTotals(page: Page) {
  const [c, s] = await Promise.all([
    page.request.get('/api/sess-manager?all=yes'),
    page.request.get('/api/sess-manager-suppliers?all=yes'),
  ]);
  const customers = ((await c.json()) as { data: Customer[] }).data;
  const suppliers = ((await s.json()) as { data: Supplier[] }).data;
  const now = Date.now();
  const gates = new Map<string, string[]>();
  for (const x of suppliers) {
    const g = x.gateCName ?? '';
    gates.set(g, [...(gates.get(g) ?? []), x.status ?? '']);
  }
  const statuses = [...gates.values()];
  return {
    customerBinds: customers.length,
    stale: customers.filter(
      (x) => now - Date.parse(`${(x.sessionLastTick ?? '').replace(' ', 'T')}Z`) > 60_000,
    ).length,
    blocked: customers.filter((x) => x.blocked).length,
    // A gate is reconnecting if any connection is, down if none is bound or reconnecting.
    gatesReconnecting: statuses.filter((st) => st.includes('RECONNECTING')).length,
    gatesDown: statuses.filter((st) => !st.includes('RECONNECTING') && !st.includes('BOUND'))
      .length,
  };
}

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
const tile = (page: Page, metric: string) => page.getByTestId(`wall-${metric}`);

test('the wall shows the totals of all=yes with thresholds from the URL', async ({
  page,
  signIn,
}) => {
  await signIn('/customer-sessions');
  const t = await expectedTotals(page);
  expect(t.stale).toBeGreaterThan(0);

  await page.goto(
    `/wall?staleAmber=${t.stale}&staleRed=${t.stale + 1}&blockedAmber=off&blockedRed=off`,
  );
  for (const [metric, value] of Object.entries(t)) {
    await expect(tile(page, metric)).toContainText(fmt(value));
  }
  await expect(tile(page, 'stale')).toContainText('Warning');
  await expect(tile(page, 'stale')).toHaveAttribute('data-level', 'amber');
  await expect(tile(page, 'blocked')).toContainText('OK');
  await expect(page.getByRole('heading', { name: /SMS platform/ })).toContainText('Updated');
  // One discreet control: the settings panel.
  await expect(page.getByRole('button')).toHaveText(['Settings']);
  await expectNoA11yViolations(page);

  await page.goto(`/wall?staleRed=${t.stale}`);
  await expect(tile(page, 'stale')).toContainText('Critical');
  await expect(tile(page, 'stale')).toHaveAttribute('data-level', 'red');
  await expectNoA11yViolations(page);

  await page.goto(`/wall?staleAmber=${t.stale + 1}&staleRed=off`);
  await expect(tile(page, 'stale')).toContainText('OK');
  await expect(tile(page, 'stale')).toHaveAttribute('data-level', 'green');
});

test('the wall shows changes since the last refresh and a stale banner on outage', async ({
  page,
  signIn,
  request,
}) => {
  await signIn('/customer-sessions');
  await page.goto('/wall?refresh=5');
  await expect(tile(page, 'customerBinds')).toContainText('2,500');
  // The frozen population does not change between refreshes.
  await expect(tile(page, 'customerBinds')).toContainText('±0 since last refresh', {
    timeout: 15_000,
  });
  await expect(page.getByRole('alert')).toHaveCount(0);

  await setFaults(request, { outage: true });
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Data is stale', { timeout: 15_000 });
  await expect(banner).toContainText('last successful update');
  // The last good numbers stay.
  await expect(tile(page, 'customerBinds')).toContainText('2,500');
  await expectNoA11yViolations(page);

  await resetSimulator(request);
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
});

test('the settings panel shows the thresholds and changes them in the URL', async ({
  page,
  signIn,
}) => {
  await signIn('/customer-sessions');
  const t = await expectedTotals(page);
  await page.goto(`/wall?staleRed=${t.stale + 1}`);
  await expect(tile(page, 'stale')).toHaveAttribute('data-level', 'amber');
  await page.getByRole('button', { name: 'Settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Wall settings' });
  const staleRed = panel.getByLabel('Stale binds: critical at or above');
  const staleAmber = panel.getByLabel('Stale binds: warning at or above');
  // What the URL says, and the defaults for what it does not.
  await expect(staleRed).toHaveValue(String(t.stale + 1));
  await expect(staleAmber).toHaveValue('1');
  await expect(panel.getByLabel('Customer binds: critical at or below')).toHaveValue('0');
  await expect(panel.getByLabel('Customer binds: warning at or below')).toHaveValue('');
  await expect(panel.getByLabel('Customer binds: warning at or below')).toHaveAccessibleDescription(
    'off',
  );
  await expect(panel.getByLabel('Gates down: critical at or above')).toHaveValue('3');
  await expect(panel.getByLabel('A bind is stale after (seconds without a tick)')).toHaveValue(
    '60',
  );
  await expect(panel.getByLabel('Refresh every (seconds)')).toHaveValue('15');
  await expectNoA11yViolations(page);

  // A change goes to the URL and the tiles at once.
  await staleRed.fill(String(t.stale));
  await expect(page).toHaveURL(new RegExp(`[?&]staleRed=${t.stale}(&|$)`));
  await expect(tile(page, 'stale')).toHaveAttribute('data-level', 'red');
  await expect(staleRed).toHaveAccessibleDescription(`at ${t.stale} or more`);

  // Bad input: a clear message, and nothing changes.
  await staleAmber.fill('lots');
  await expect(
    panel.getByText('Enter a whole number, or leave it empty to turn this level off'),
  ).toBeVisible();
  await panel.getByLabel('Refresh every (seconds)').fill('2');
  await expect(panel.getByText('Enter whole seconds from 5 to 3600')).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.has('staleAmber')).toBe(false);
  expect(url.searchParams.has('refresh')).toBe(false);

  // Empty turns a level off.
  await panel.getByLabel('Blocked binds: critical at or above').fill('');
  await panel.getByLabel('Blocked binds: warning at or above').fill('');
  await expect(page).toHaveURL(/blockedRed=off/);
  await expect(page).toHaveURL(/blockedAmber=off/);
  await expect(tile(page, 'blocked')).toHaveAttribute('data-level', 'green');

  // The URL stays the source of truth: a reload (or a bookmark) opens the same settings.
  await page.reload();
  await expect(tile(page, 'stale')).toHaveAttribute('data-level', 'red');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(staleRed).toHaveValue(String(t.stale));
  await expect(panel.getByLabel('Blocked binds: critical at or above')).toHaveValue('');
  await panel.getByRole('button', { name: 'Back to the defaults' }).click();
  await expect(page).toHaveURL(/\/wall$/);
  await expect(staleRed).toHaveValue('10');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

/** Every tile's number and label, each inside its tile, on one line, not overflowing. */
async function tileOverflows(page: Page): Promise<string[]> {
  const tiles = page.getByRole('region', { name: 'Totals' }).getByRole('group');
  await expect(tiles.first()).toBeVisible();
  const problems: string[] = [];
  for (const t of await tiles.all()) {
    const name = (await t.getAttribute('aria-labelledby')) ?? '';
    const label = t.locator(`[id="${name}"]`);
    const value = t.getByText(/^(\d{1,3}(,\d{3})*|—)$/);
    for (const [what, el] of [
      ['label', label],
      ['number', value],
    ] as const) {
      const found = await el.evaluate((node) => {
        const tileBox = node.closest('[role="group"]')!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        return {
          text: node.textContent ?? '',
          lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
          inside:
            text.left >= tileBox.left - 0.5 &&
            text.right <= tileBox.right + 0.5 &&
            text.top >= tileBox.top - 0.5 &&
            text.bottom <= tileBox.bottom + 0.5,
          scrollWidth: node.scrollWidth,
          clientWidth: node.clientWidth,
        };
      });
      if (!found.inside || found.lines !== 1 || found.scrollWidth > found.clientWidth) {
        problems.push(`${what} "${found.text}": ${JSON.stringify(found)}`);
      }
    }
  }
  return problems;
}

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

test('numbers and labels fit their tiles from 1280×720 to 3840×2160, six digits too', async ({
  page,
  signIn,
  request,
}) => {
  test.setTimeout(90_000);
  await signIn('/customer-sessions');
  await page.goto('/wall');
  await expect(tile(page, 'customerBinds')).toContainText('2,500');
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    await expect.poll(() => tileOverflows(page), { message: JSON.stringify(screen) }).toEqual([]);
  }

  // 100,000 binds: the widest number a platform of that size shows.
  const res = await request.post(`${SIMULATOR_URL}/_simulator/reset`, {
    data: { customerSessions: 100_000 },
  });
  expect(res.ok()).toBe(true);
  try {
    await page.setViewportSize(SCREENS[0]!);
    await page.reload();
    await expect(tile(page, 'customerBinds')).toContainText('100,000', { timeout: 30_000 });
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      await expect.poll(() => tileOverflows(page), { message: JSON.stringify(screen) }).toEqual([]);
    }
  } finally {
    // A reset keeps the sizes it was given: back to the suite's population.
    await request.post(`${SIMULATOR_URL}/_simulator/reset`, {
      data: { customerSessions: 2500, supplierSessions: 400 },
    });
  }
});
