import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, resetSimulator, setFaults, test } from './fixtures';

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
  await expect(page.getByRole('button')).toHaveCount(0);
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
