import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? 4091}`;

export interface Fixtures {
  /**
   * Opens `path` signed in as `username` and ends on `path`. The first time per user (or with
   * `fresh`) it goes through the real sign-in; later it reuses that user's session cookie, as a
   * returning user's browser would, which keeps the suite fast.
   */
  signIn: (path: string, username?: string, options?: { fresh?: boolean }) => Promise<void>;
  /** Console errors and uncaught exceptions seen during the test. */
  consoleErrors: string[];
}

type Cookies = Awaited<ReturnType<ReturnType<Page['context']>['cookies']>>;
/** Session cookies per demo user, for this worker process. */
const sessions = new Map<string, Cookies>();

/** On the page asked for, its query intact (the app may add to it: remembered columns). */
async function expectOn(page: Page, path: string) {
  const url = new URL(page.url());
  const asked = new URL(path, url);
  expect(url.pathname).toBe(asked.pathname);
  for (const key of new Set(asked.searchParams.keys())) {
    expect(url.searchParams.getAll(key)).toEqual(asked.searchParams.getAll(key));
  }
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
    await use(async (path, username = 'noc', options = {}) => {
      const signInHeading = page.getByRole('heading', { name: 'Sign in to SMS Session Console' });
      const signOut = page.getByRole('button', { name: 'Sign out' });
      const cached = options.fresh ? undefined : sessions.get(username);
      if (cached) {
        await page.context().addCookies(cached);
        await page.goto(path);
        await expect(signOut.or(signInHeading)).toBeVisible();
        if (await signOut.isVisible()) {
          // A page the gateway rendered shows before it works: enabled once hydrated.
          await expect(signOut).toBeEnabled();
          return expectOn(page, path);
        }
        // The platform ended that session: sign in for real below.
        sessions.delete(username);
      } else {
        await page.goto(path);
      }
      await expect(signInHeading).toBeVisible();
      // The sign-in screen's accessibility is checked once, in shell.spec.ts.
      await page.getByRole('link', { name: 'Sign in with HORISEN' }).click();
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill('demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(signOut).toBeEnabled();
      await expectOn(page, path);
      sessions.set(username, await page.context().cookies());
    });
  },
});

export { expect };

export async function expectNoA11yViolations(page: Page) {
  // Rows are dimmed on purpose while a fetch runs; judge contrast once the page has settled.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge
  // frame results, which costs seconds on two cores and buys nothing here (no iframes).
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
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

/** Adds a customer session to the simulator's population; its ID comes back. */
export async function addCustomerSession(
  request: APIRequestContext,
  fields: Record<string, unknown>,
): Promise<string> {
  const res = await request.post(`${SIMULATOR_URL}/_simulator/customer-sessions`, {
    data: fields,
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { sessionID: string }).sessionID;
}

export async function setFaults(request: APIRequestContext, faults: Record<string, unknown>) {
  // Faults that end or shorten grants make every kept session cookie useless.
  if (['expireTokensNow', 'revokeTokensNow', 'tokenTtlSeconds'].some((k) => k in faults)) {
    sessions.clear();
  }
  const res = await request.put(`${SIMULATOR_URL}/_simulator/faults`, { data: faults });
  expect(res.ok()).toBe(true);
}
