import type { Page, Request } from '@playwright/test';
import { columnValues, expect, resetSimulator, setFaults, test } from './fixtures';

const TITLE = 'Customer sessions';

test.afterEach(async ({ request }) => {
  await resetSimulator(request);
});

/** Every list request with `q` the page sends from now on (each one reaches the gateway). */
function searchRequests(page: Page): URL[] {
  const seen: URL[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/sess-manager' && url.searchParams.has('q')) seen.push(url);
  });
  return seen;
}

/** Whether `request` ends aborted by the page or answered. */
function outcome(page: Page, request: Request): Promise<'aborted' | 'answered'> {
  return Promise.race([
    page
      .waitForEvent('requestfailed', { predicate: (r) => r === request, timeout: 20_000 })
      .then(() => 'aborted' as const),
    page
      .waitForEvent('requestfinished', { predicate: (r) => r === request, timeout: 20_000 })
      .then(() => 'answered' as const),
  ]);
}

interface GridState {
  busy: boolean;
  rows: string[];
}

/**
 * Records, in the page, every state of the grid that reaches the screen from the first key on:
 * its rows' texts and whether they are marked as loading (aria-busy). Sampled in the frame after
 * each key and each change of the grid.
 */
async function recordGridStates(page: Page) {
  await page.evaluate(() => {
    const states: { busy: boolean; rows: string[] }[] = [];
    (window as unknown as { gridStates: typeof states }).gridStates = states;
    let typed = false;
    let scheduled = false;
    const sample = () => {
      if (!typed || scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const scroller = document.querySelector('[data-testid="grid-scroll"]');
        const rows = [...(scroller?.querySelectorAll('tbody tr') ?? [])]
          .filter((tr) => !tr.hasAttribute('aria-hidden') && tr.children.length > 2)
          .map((tr) => tr.textContent ?? '');
        states.push({ busy: scroller?.getAttribute('aria-busy') === 'true', rows });
      });
    };
    addEventListener(
      'input',
      () => {
        typed = true;
        sample();
      },
      true,
    );
    new MutationObserver(sample).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

const recordedStates = (page: Page) =>
  page.evaluate(() => (window as unknown as { gridStates: GridState[] }).gridStates);

test('a word typed at 40 ms per key is one request, 60 ms after its last key; page 2 waits for the pagination', async ({
  page,
  signIn,
}) => {
  // The page's clock: every gap between keys is exactly 40 ms, however busy the machine.
  await page.clock.install();
  await signIn('/customer-sessions?live=0');
  const searches = searchRequests(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
  const word = 'vandel';
  for (const [i, key] of [...word].entries()) {
    await page.keyboard.type(key);
    if (i < word.length - 1) await page.clock.runFor(40);
  }
  // Typing paused for one and a half times its pace: the word goes out.
  await page.clock.runFor(60);
  await expect.poll(() => searches.map((u) => u.searchParams.get('q'))).toEqual([word]);
  await page.clock.resume();
  await expect(page).toHaveURL(/q=vandel/);
  const customers = await columnValues(page, TITLE, 'Customer');
  expect(customers.length).toBeGreaterThan(0);
  expect(searches).toHaveLength(1);
  expect(searches[0]?.searchParams.get('page_number')).toBe('1');

  // Heading for the pagination loads page 2, ready for the click.
  await page.getByRole('navigation', { name: 'Pagination' }).hover();
  await expect
    .poll(() => searches.map((u) => u.searchParams.get('page_number')))
    .toEqual(['1', '2']);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByTestId('grid-range')).toHaveText(/^26–/);
  // Served by that request (page 3 is prefetched now, as after any page change).
  expect(searches.filter((u) => u.searchParams.get('page_number') === '2')).toHaveLength(1);
});

test('a search superseded while its request is out is aborted, and its rows never show', async ({
  page,
  request,
  signIn,
}) => {
  test.setTimeout(60_000);
  await signIn('/customer-sessions?live=0');
  const scroller = page.getByTestId('grid-scroll');
  const ids = () => columnValues(page, TITLE, 'Session ID');
  const before = await ids();
  // Long enough for a request to stay out while the next keys arrive, even on a busy machine.
  await setFaults(request, { latencyMs: 6_000 });
  await recordGridStates(page);
  const box = page.getByRole('searchbox', { name: 'Search' });

  const partialSent = page.waitForRequest((r) => new URL(r.url()).searchParams.get('q') === 'van');
  await box.pressSequentially('van', { delay: 40 });
  const partial = await partialSent;
  const partialOutcome = outcome(page, partial);
  // While it is out, the rows are the ones from before, marked as loading.
  await expect(scroller).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('progressbar', { name: 'Loading rows' })).toBeVisible();
  await expect(scroller).toHaveCSS('opacity', '0.55');
  expect(await ids()).toEqual(before);

  const answered = page.waitForResponse(
    (r) => new URL(r.url()).searchParams.get('q') === 'vandel',
    { timeout: 20_000 },
  );
  await box.pressSequentially('del', { delay: 40 });
  expect(await partialOutcome).toBe('aborted');
  await answered;
  await expect(scroller).toHaveAttribute('aria-busy', 'false');
  await expect(page).toHaveURL(/q=vandel/);
  const rows = await columnValues(page, TITLE, 'Session ID');
  expect(rows.length).toBeGreaterThan(0);

  // Every state painted since the first key: marked as loading, or the answer for "vandel".
  const states = await recordedStates(page);
  expect(states.length).toBeGreaterThan(1);
  const unmarked = states.filter((s) => !s.busy);
  expect(unmarked.length).toBeGreaterThan(0);
  for (const state of unmarked) {
    expect(state.rows.length).toBeGreaterThan(0);
    for (const row of state.rows) expect(row.toLowerCase()).toContain('vandel');
  }
});

test('a new search aborts the next page still loading for the rows before it', async ({
  page,
  request,
  signIn,
}) => {
  test.setTimeout(60_000);
  await signIn('/customer-sessions?live=0');
  await setFaults(request, { latencyMs: 6_000 });
  const nextPageSent = page.waitForRequest(
    (r) => {
      const url = new URL(r.url());
      return (
        url.searchParams.get('sort') === 'customer' && url.searchParams.get('page_number') === '2'
      );
    },
    { timeout: 20_000 },
  );
  await page
    .getByRole('columnheader', { name: /^Customer/ })
    .getByRole('button')
    .click();
  const nextPage = await nextPageSent;
  const nextPageOutcome = outcome(page, nextPage);
  await page.getByRole('searchbox', { name: 'Search' }).fill('acme');
  expect(await nextPageOutcome).toBe('aborted');
  await expect(page).toHaveURL(/q=acme/, { timeout: 20_000 });
});
