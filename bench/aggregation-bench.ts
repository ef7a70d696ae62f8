// Aggregation of 100,000 customer sessions (+ 20,000 supplier sessions): the pure functions in
// Node, and, when a production build and Chromium are available, the whole path in the browser
// (worker fetch + parse + aggregate against the embedded simulator, main-thread long tasks).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aggregateCustomers } from '../src/lib/aggregate-customers';
import { sampleCustomerSessions, sampleSupplierSessions } from '../src/lib/aggregate-sample';
import { aggregateSuppliers } from '../src/lib/aggregate-suppliers';

const CUSTOMERS = 100_000;
const SUPPLIERS = 20_000;
const RUNS = 7;
const BROWSER_PORT = 8097;
const BROWSER_SIM_PORT = 4097;

const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function nodeBench() {
  const now = Date.now();
  const customers = sampleCustomerSessions(CUSTOMERS, now);
  const suppliers = sampleSupplierSessions(SUPPLIERS, now);
  const json = JSON.stringify({ data: customers });
  const parse: number[] = [];
  const aggregate: number[] = [];
  const supplier: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const parsed = JSON.parse(json) as { data: typeof customers };
    parse.push(performance.now() - t);
    t = performance.now();
    aggregateCustomers(parsed.data, { now, staleAfterMs: 60_000 });
    aggregate.push(performance.now() - t);
    t = performance.now();
    aggregateSuppliers(suppliers);
    supplier.push(performance.now() - t);
  }
  return {
    customerSessions: CUSTOMERS,
    supplierSessions: SUPPLIERS,
    jsonMb: round(json.length / 1_048_576),
    runs: RUNS,
    parseMedianMs: round(median(parse)),
    aggregateCustomersMedianMs: round(median(aggregate)),
    aggregateCustomersFirstMs: round(aggregate[0] ?? NaN),
    aggregateSuppliersMedianMs: round(median(supplier)),
  };
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

async function browserBench(): Promise<object> {
  if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
    return { skipped: 'no production build (run npm run build)' };
  }
  const chromium = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
  ].find((p): p is string => !!p && existsSync(p));
  const { chromium: pw } = await import('@playwright/test');
  let server: ChildProcess | null = null;
  const browser = await pw.launch({
    ...(chromium ? { executablePath: chromium } : {}),
    args: ['--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    server = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      cwd: new URL('..', import.meta.url),
      stdio: 'ignore',
      env: {
        ...process.env,
        PORT: String(BROWSER_PORT),
        SIMULATOR_PORT: String(BROWSER_SIM_PORT),
        SIMULATOR_SEED: '42',
        SIMULATOR_LIVE: '0',
        SIMULATOR_CUSTOMER_SESSIONS: String(CUSTOMERS),
        SIMULATOR_SUPPLIER_SESSIONS: String(SUPPLIERS),
        SESSION_SECRET: 'bench-only-session-secret-0123456789abcdef0123456789',
        LOG_LEVEL: 'warn',
      },
    });
    const base = `http://127.0.0.1:${BROWSER_PORT}`;
    await waitFor(`${base}/healthz`, 120_000);
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask' as never, buffered: true });
    });
    // Sign in once on a light page, then measure the breakdowns page on its own.
    await page.goto(`${base}/customer-sessions`);
    await page.getByRole('link', { name: 'Sign in with HORISEN' }).click();
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });

    const read = () =>
      page.evaluate(() => {
        const g = globalThis as unknown as { __longTasks: number[] };
        const marks = performance.getEntriesByName('aggregation-result') as unknown as {
          detail?: {
            responseToResultMs: number;
            bodyMs: number;
            parseMs: number;
            aggregateMs: number;
          };
        }[];
        const tasks = g.__longTasks;
        g.__longTasks = [];
        return { marks: marks.length, worker: marks.at(-1)?.detail, longTasks: tasks };
      });
    await read();
    const table = page.getByRole('table', { name: 'Customer sessions per owner business partner' });

    // First visit, inside the app: loads the lazy chunk (charts), aggregates, renders.
    let started = Date.now();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Breakdowns' })
      .click();
    await table.waitFor({ timeout: 120_000 });
    const firstMs = Date.now() - started;
    await page.waitForTimeout(500);
    const first = await read();

    // Refreshes: the aggregation path alone (fetch + parse + aggregate in the worker, re-render).
    const runs: { totalMs: number; worker: unknown; longTasks: number[] }[] = [];
    for (let i = 0; i < 3; i++) {
      const before = (await read()).marks;
      started = Date.now();
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.waitForFunction(
        (n) => performance.getEntriesByName('aggregation-result').length > n,
        before,
        { timeout: 120_000 },
      );
      const totalMs = Date.now() - started;
      await page.waitForTimeout(500);
      const m = await read();
      runs.push({ totalMs, worker: m.worker, longTasks: m.longTasks.map(round) });
    }
    const tasks = runs.flatMap((r) => r.longTasks);
    const workerOf = (r: { worker: unknown }) =>
      r.worker as {
        responseToResultMs: number;
        bodyMs: number;
        parseMs: number;
        aggregateMs: number;
      };
    return {
      customerSessions: CUSTOMERS,
      supplierSessions: SUPPLIERS,
      firstVisit: {
        clickToTableMs: firstMs,
        worker: first.worker,
        longTasks: first.longTasks.map(round),
      },
      refreshes: runs,
      // "Response arriving" = the body fully received: parse + aggregate in the worker.
      bodyToResultMedianMs: round(
        median(runs.map((r) => workerOf(r).parseMs + workerOf(r).aggregateMs)),
      ),
      headersToResultMedianMs: round(median(runs.map((r) => workerOf(r).responseToResultMs))),
      refreshClickToResultMedianMs: median(runs.map((r) => r.totalMs)),
      longestMainThreadTaskOnRefreshMs: tasks.length ? Math.max(...tasks) : 0,
      longTasksOver50msOnRefresh: tasks.filter((d) => d > 50).length,
    };
  } finally {
    await browser.close();
    server?.kill();
  }
}

export async function runAggregationBench(): Promise<object> {
  const node = nodeBench();
  console.log('aggregation (Node):', node);
  let browser: object;
  try {
    browser = await browserBench();
  } catch (error) {
    browser = { error: (error as Error).message };
  }
  console.log('aggregation (Chromium):', browser);
  return { node, browser };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runAggregationBench(), null, 2));
}
