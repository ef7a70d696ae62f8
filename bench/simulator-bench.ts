// Simulator latency over real HTTP on 127.0.0.1 at 2,500 and 100,000 customer sessions, plus memory after warm-up.
import { pathToFileURL } from 'node:url';
import { buildSimulator } from '../server/simulator/app';

const API = '/bulk/sms-session-manager/v1';
const WARMUP = 10;
const RUNS = 60;

interface QueryResult {
  query: string;
  medianMs: number;
  p95Ms: number;
  total: number;
}

interface SizeResult {
  customerSessions: number;
  supplierSessions: number;
  startupMs: number;
  queries: QueryResult[];
  rssMb: number;
  heapUsedMb: number;
}

// A header click on a column not sorted recently: the order is not cached yet. Runs cycle through
// more specs than the simulator caches orders for, so each run meets a spec it has not just sorted.
const FRESH_SORTS = [
  'customer',
  '-sessionStart',
  'authName,-ipAddr',
  '-customer',
  'accountName',
  '-accountID',
  'ipAddr',
  '-serverAddr',
  'blocked,customer',
  'sessionStart',
  '-sessionLastTick',
  '-authName',
  'protocol,state',
  'protocolVersion,-sessionID',
  'mode',
  '-state',
  'ownerId,customer',
  '-ownerBpName',
  'ownerBpBriefName,-accountName',
  'sessionLastTick',
  '-ipAddr,authName',
  'serverAddr,-sessionStart',
  '-accountName',
  'accountID,ipAddr',
  '-blocked',
  'customer,authName',
  '-mode,-customer',
  'state,-sessionLastTick',
  '-ownerId',
  'sessionID',
];

interface BenchQuery {
  name: string;
  path: string;
  /** Each run appends the next entry (one sequence across queries), so the order is not cached. */
  cycle?: string[];
  /** Before each run (untimed): add a customer session, so every cached order is out of date. */
  changeFirst?: boolean;
  smallOnly?: boolean;
}

const QUERIES: BenchQuery[] = [
  { name: 'plain page', path: '/sess-manager?page_size=50' },
  { name: 'q search', path: '/sess-manager?q=acme&page_size=50' },
  {
    name: 'startswith + multi sort',
    path: '/sess-manager?startswith(accountName)=glo&sort=-customer,ipAddr&page_size=50',
  },
  {
    name: 'in filter',
    path: '/sess-manager?in(serverAddr)=smpp-01.example.net:2775,smpp-02.example.net:2776&sort=authName&page_size=50',
  },
  {
    name: 'between on ipAddr',
    path: '/sess-manager?between(ipAddr)=192.0.2.1,192.0.2.99&sort=-sessionLastTick&page_size=50',
  },
  { name: 'deep page', path: '/sess-manager?sort=customer&page_size=50&page_number=400' },
  {
    name: 'supplier ownerId + sort',
    path: '/sess-manager-suppliers?ownerId=42&sort=gateName,-instNum&page_size=50',
  },
  { name: 'all=yes', path: '/sess-manager?all=yes', smallOnly: true },
  { name: 'unfiltered sort', path: '/sess-manager?sort=customer&page_size=10' },
  {
    name: 'sort + deep page',
    path: '/sess-manager?sort=-sessionStart&page_size=50&page_number=1000',
  },
  {
    name: 'unfiltered sort, new spec',
    path: '/sess-manager?page_size=10&sort=',
    cycle: FRESH_SORTS,
  },
  {
    name: 'sort + deep page, new spec',
    path: '/sess-manager?page_size=50&page_number=1000&sort=',
    cycle: FRESH_SORTS,
  },
  {
    name: 'filter + new sort spec',
    path: '/sess-manager?startswith(accountName)=glo&page_size=50&sort=',
    cycle: FRESH_SORTS,
  },
  // Last: each run adds a session (the population grows by WARMUP + RUNS).
  {
    name: 'unfiltered sort after a change, new spec',
    path: '/sess-manager?page_size=10&sort=',
    cycle: FRESH_SORTS,
    changeFirst: true,
  },
];

const round = (n: number) => Math.round(n * 100) / 100;
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function measureSize(
  customerSessions: number,
  supplierSessions: number,
): Promise<SizeResult> {
  const started = performance.now();
  const sim = await buildSimulator({
    customerSessions,
    supplierSessions,
    live: false,
    logLevel: 'silent',
    port: 0,
  });
  const startupMs = performance.now() - started;
  await sim.app.listen({ host: '127.0.0.1', port: 0 });
  const address = sim.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  try {
    const tokenRes = await fetch(`${base}/oauth2/access-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=noc-demo&client_secret=noc-demo-secret',
    });
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    const headers = { authorization: `Bearer ${token}` };
    const queries: QueryResult[] = [];
    let cycled = 0;
    for (const q of QUERIES) {
      if (q.smallOnly && customerSessions > 10_000) continue;
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        if (q.changeFirst) {
          const added = await fetch(`${base}/_simulator/customer-sessions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          });
          if (added.status !== 201) throw new Error(`adding a session: HTTP ${added.status}`);
        }
        const path = q.cycle ? q.path + (q.cycle[cycled++ % q.cycle.length] as string) : q.path;
        const t = performance.now();
        const res = await fetch(`${base}${API}${path}`, { headers });
        const body = (await res.json()) as { meta?: { pagination: { total: number } } };
        const ms = performance.now() - t;
        if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
        total = body.meta?.pagination.total ?? 0;
        if (i >= WARMUP) times.push(ms);
      }
      times.sort((a, b) => a - b);
      queries.push({
        query: q.name,
        medianMs: round(percentile(times, 0.5)),
        p95Ms: round(percentile(times, 0.95)),
        total,
      });
    }
    const mem = process.memoryUsage();
    return {
      customerSessions,
      supplierSessions,
      startupMs: round(startupMs),
      queries,
      rssMb: round(mem.rss / 1e6),
      heapUsedMb: round(mem.heapUsed / 1e6),
    };
  } finally {
    await sim.app.close();
  }
}

export async function runSimulatorBench(): Promise<object> {
  const sizes: SizeResult[] = [];
  for (const [customers, suppliers] of [
    [2_500, 400],
    [100_000, 20_000],
  ] as const) {
    const result = await measureSize(customers, suppliers);
    sizes.push(result);
    console.log(
      `\n${customers} customer / ${suppliers} supplier sessions: start-up ${result.startupMs} ms, RSS ${result.rssMb} MB, heap ${result.heapUsedMb} MB`,
    );
    console.table(
      result.queries.map((q) => ({
        query: q.query,
        'median ms': q.medianMs,
        'p95 ms': q.p95Ms,
        matches: q.total,
      })),
    );
    (globalThis as { gc?: () => void }).gc?.();
  }
  return { runs: RUNS, warmup: WARMUP, sizes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runSimulatorBench();
}
