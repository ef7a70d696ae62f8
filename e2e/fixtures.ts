import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? 4091}`;

export interface Fixtures {
  /** Opens `path` signed out, goes through the real sign-in, and ends back on `path`. */
  signIn: (path: string, username?: string) => Promise<void>;
  /** Console errors and uncaught exceptions seen during the test. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      // A failed request is logged by the browser itself as a console error; those are expected
      // in the fault tests and say nothing about the SPA's code.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
  signIn: async ({ page }, use) => {
    await use(async (path, username = 'noc') => {
      await page.goto(path);
      await expect(
        page.getByRole('heading', { name: 'Sign in to SMS Session Console' }),
      ).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByRole('link', { name: 'Sign in with HORISEN' }).click();
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill('demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      const url = new URL(page.url());
      expect(`${url.pathname}${url.search}`).toBe(path);
    });
  },
});

export { expect };

export async function expectNoA11yViolations(page: Page) {
  // Rows are dimmed on purpose while a fetch runs; judge contrast once the page has settled.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** The grid's main table (the one captioned with the page title). */
export function grid(page: Page, title: string) {
  return page.getByRole('table', { name: title });
}

/** The texts of one column of the grid, by its header. */
export async function columnValues(page: Page, title: string, header: string): Promise<string[]> {
  const table = grid(page, title);
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  return table.evaluate((el, h) => {
    const heads = [...el.querySelectorAll('thead th')].map((th) =>
      th.textContent?.replace(/\d+$/, '').trim(),
    );
    const index = heads.findIndex((t) => t === h);
    if (index < 0) throw new Error(`No column ${h}; have ${heads.join(', ')}`);
    return [...el.querySelectorAll('tbody tr')]
      .filter((tr) => tr.children.length > index && !tr.getAttribute('aria-hidden'))
      .map((tr) => tr.children[index]?.textContent?.trim() ?? '');
  }, header);
}

/** Picks an option of a Mantine Select by its label and the option's text. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function resetSimulator(request: APIRequestContext) {
  const res = await request.post(`${SIMULATOR_URL}/_simulator/reset`);
  expect(res.ok()).toBe(true);
}

export async function setFaults(request: APIRequestContext, faults: Record<string, unknown>) {
  const res = await request.put(`${SIMULATOR_URL}/_simulator/faults`, { data: faults });
  expect(res.ok()).toBe(true);
}
