// Gateway overhead: the same list request straight to the simulator and through the gateway
// (client_credentials mode), with autocannon, in one run:
// - saturated: 50 connections as fast as they go (the issue's figures and targets);
// - fixed rate: a rate both sides sustain, so the added latency is the gateway's own work and
//   not queueing behind a busy CPU.
// The simulator and the gateway run in child processes with LOG_LEVEL=warn (as in production:
// separate processes), autocannon in this one. Both sides are warmed up, then measured in
// alternating order over several rounds; every figure is the median over the rounds.
// CPU per request comes from /proc for each process, so a busy machine shows up as such.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const API = '/bulk/sms-session-manager/v1';
const PATH = '/sess-manager?page_size=10&sort=-sessionID';
// What the SPA's fetch sends; the same on both sides.
const REQUEST_HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };
const CONNECTIONS = 50;
const DURATION_S = 5;
const WARMUP_S = 2;
const ROUNDS = Number(process.env.GATEWAY_BENCH_ROUNDS ?? 3);
const FIXED_RATE = Number(process.env.GATEWAY_BENCH_RATE ?? 1000);
const TARGET_ADDED_MEDIAN_MS = 2;
const TARGET_THROUGHPUT_RATIO = 0.7;

interface CannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface CannonInstance extends PromiseLike<CannonResult> {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  overallRate?: number;
}) => CannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const thisFile = fileURLToPath(import.meta.url);
const CLOCK_TICK_MS = 10; // /proc counts CPU time in 1/100 s on Linux

/** Child-process mode: start one server, print {"url": ...} on stdout, run until killed. */
async function serve(kind: string, upstream?: string) {
  if (kind === 'simulator') {
    const { buildSimulator } = await import('../server/simulator/app');
    const { app } = await buildSimulator({
      customerSessions: 2500,
      supplierSessions: 400,
      seed: 42,
      live: false,
      logLevel: 'warn',
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
    process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
    return;
  }
  const { loadGatewayConfig } = await import('../server/gateway/config');
  const { buildGateway } = await import('../server/gateway/app');
  const loaded = loadGatewayConfig({
    HORISEN_API_URL: upstream,
    AUTH_MODE: 'client_credentials',
    OAUTH_CLIENT_ID: 'noc-demo',
    OAUTH_CLIENT_SECRET: 'noc-demo-secret',
    SESSION_SECRET: randomBytes(48).toString('base64url'),
    LOG_LEVEL: 'warn',
    PORT: '0',
  });
  if (!loaded.ok) throw new Error(loaded.message);
  const { app } = buildGateway(loaded.config, { serveStatic: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

function startChild(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  // GATEWAY_BENCH_PROFILE=<dir> writes a CPU profile of the gateway child there.
  const profile =
    args[0] === 'gateway' && process.env.GATEWAY_BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.GATEWAY_BENCH_PROFILE}`]
      : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', thisFile, '--serve', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.once('exit', (code) => reject(new Error(`bench server ${args[0]} exited with ${code}`)));
  });
}

async function serviceToken(simulatorUrl: string): Promise<string> {
  const response = await fetch(`${simulatorUrl}/oauth2/access-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'noc-demo',
      client_secret: 'noc-demo-secret',
    }).toString(),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token from the simulator (${response.status})`);
  return body.access_token;
}

/** CPU time (user + system, ms) a process has used so far; null where /proc is not available. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat.
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return null;
  }
}

/** CPU time (ms) the whole machine has been busy, all processes and cores. */
function machineBusyMs(): number | null {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const n = ticks.map(Number);
    // user nice system idle iowait irq softirq steal
    const busy = n.slice(0, 8).reduce((a, b) => a + b, 0) - (n[3] ?? 0) - (n[4] ?? 0);
    return busy * CLOCK_TICK_MS;
  } catch {
    return null;
  }
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Run {
  medianMs: number;
  p99Ms: number;
  requestsPerSecond: number;
  total: number;
  failed: number;
  /** CPU µs per request of each process: autocannon (this process), simulator, gateway. */
  cpuUs: { autocannon: number; simulator: number | null; gateway: number | null };
  /** Share of the whole machine's CPU used by processes other than these three. */
  othersCpuPct: number | null;
}

interface Servers {
  simulator: ChildProcess;
  gateway: ChildProcess;
}

async function measure(
  url: string,
  headers: Record<string, string>,
  servers: Servers,
  opts: { duration: number; overallRate?: number },
): Promise<Run> {
  const latencies: number[] = [];
  const pids = [servers.simulator.pid, servers.gateway.pid];
  const before = pids.map(cpuMs);
  const busyBefore = machineBusyMs();
  const selfBefore = process.cpuUsage();
  const startedAt = performance.now();
  const instance = autocannon({ url, connections: CONNECTIONS, headers, ...opts });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const r = await instance;
  const wallMs = performance.now() - startedAt;
  const self = process.cpuUsage(selfBefore);
  const after = pids.map(cpuMs);
  const busyAfter = machineBusyMs();
  const used = pids.map((_, i) => {
    const [start, end] = [before[i], after[i]];
    return start == null || end == null ? null : end - start;
  });
  const perRequest = (ms: number | null | undefined) =>
    ms == null ? null : Math.round((ms * 1000) / Math.max(1, r.requests.total));
  const selfMs = (self.user + self.system) / 1000;
  const ours = selfMs + (used[0] ?? 0) + (used[1] ?? 0);
  const sorted = Float64Array.from(latencies).sort();
  return {
    medianMs: round2(percentile(sorted, 50)),
    p99Ms: round2(percentile(sorted, 99)),
    requestsPerSecond: Math.round(r.requests.total / (wallMs / 1000)),
    total: r.requests.total,
    failed: r.non2xx + r.errors + r.timeouts,
    cpuUs: {
      autocannon: perRequest(selfMs) as number,
      simulator: perRequest(used[0]),
      gateway: perRequest(used[1]),
    },
    othersCpuPct:
      busyBefore == null || busyAfter == null
        ? null
        : Math.max(
            0,
            Math.round(((busyAfter - busyBefore - ours) * 100) / (wallMs * availableParallelism())),
          ),
  };
}

/** Median of each figure over the rounds. */
function summarise(runs: Run[]): Run {
  const m = (pick: (r: Run) => number | null) => {
    const values = runs.map(pick).filter((v): v is number => v != null);
    return values.length ? round2(median(values)) : null;
  };
  return {
    medianMs: m((r) => r.medianMs) as number,
    p99Ms: m((r) => r.p99Ms) as number,
    requestsPerSecond: Math.round(m((r) => r.requestsPerSecond) as number),
    total: runs.reduce((a, r) => a + r.total, 0),
    failed: runs.reduce((a, r) => a + r.failed, 0),
    cpuUs: {
      autocannon: m((r) => r.cpuUs.autocannon) as number,
      simulator: m((r) => r.cpuUs.simulator),
      gateway: m((r) => r.cpuUs.gateway),
    },
    othersCpuPct: m((r) => r.othersCpuPct),
  };
}

/**
 * The best throughput CPU allows each side on this machine: every process is single-threaded,
 * and all of them share the cores. Direct needs autocannon + simulator per request; through the
 * gateway, autocannon + gateway + simulator.
 */
function cpuCeiling(direct: Run, via: Run) {
  const cores = availableParallelism();
  const d = [direct.cpuUs.autocannon, direct.cpuUs.simulator ?? 0];
  const v = [via.cpuUs.autocannon, via.cpuUs.simulator ?? 0, via.cpuUs.gateway ?? 0];
  const ceiling = (us: number[]) =>
    Math.round(Math.min((cores * 1e6) / us.reduce((a, b) => a + b, 0), 1e6 / Math.max(...us)));
  const directCeiling = ceiling(d);
  const viaCeiling = ceiling(v);
  return {
    cores,
    directRequestsPerSecond: directCeiling,
    viaGatewayRequestsPerSecond: viaCeiling,
    throughputRatio: Math.round((viaCeiling / directCeiling) * 1000) / 1000,
  };
}

/**
 * Both servers must answer the same bytes (but for the simulator's clock in "last tick" times),
 * or the comparison means nothing.
 */
async function checkSameAnswer(
  direct: { url: string; headers: Record<string, string> },
  via: { url: string; headers: Record<string, string> },
): Promise<number> {
  const [a, b] = await Promise.all(
    [direct, via].map(async ({ url, headers }) => {
      const response = await fetch(url, { headers: { ...headers, 'accept-encoding': 'identity' } });
      const body = await response.text();
      return {
        status: response.status,
        bytes: Buffer.byteLength(body),
        body: body.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, 'T'),
      };
    }),
  );
  if (a!.status !== 200 || b!.status !== 200 || a!.bytes !== b!.bytes || a!.body !== b!.body) {
    throw new Error(
      `direct and gateway answers differ (${a!.status}, ${a!.bytes} B vs ${b!.status}, ${b!.bytes} B)`,
    );
  }
  return a!.bytes;
}

export async function runGatewayBench(): Promise<object> {
  const children: ChildProcess[] = [];
  try {
    const simulator = await startChild(['simulator']);
    children.push(simulator.child);
    const gateway = await startChild(['gateway', simulator.url]);
    children.push(gateway.child);
    const token = await serviceToken(simulator.url);
    const servers = { simulator: simulator.child, gateway: gateway.child };
    const sides = {
      direct: {
        url: `${simulator.url}${API}${PATH}`,
        headers: { ...REQUEST_HEADERS, authorization: `Bearer ${token}` },
      },
      viaGateway: { url: `${gateway.url}/api${PATH}`, headers: { ...REQUEST_HEADERS } },
    };
    const responseBytes = await checkSameAnswer(sides.direct, sides.viaGateway);

    for (const side of Object.values(sides)) {
      await measure(side.url, side.headers, servers, { duration: WARMUP_S });
    }
    const runs = { direct: [] as Run[], viaGateway: [] as Run[] };
    const fixed = { direct: [] as Run[], viaGateway: [] as Run[] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order so that a change in background load hits both sides alike.
      const order =
        round % 2 ? (['viaGateway', 'direct'] as const) : (['direct', 'viaGateway'] as const);
      for (const name of order) {
        const side = sides[name];
        runs[name].push(await measure(side.url, side.headers, servers, { duration: DURATION_S }));
      }
      for (const name of order) {
        const side = sides[name];
        fixed[name].push(
          await measure(side.url, side.headers, servers, {
            duration: DURATION_S,
            overallRate: FIXED_RATE,
          }),
        );
      }
    }

    const direct = summarise(runs.direct);
    const viaGateway = summarise(runs.viaGateway);
    const fixedDirect = summarise(fixed.direct);
    const fixedVia = summarise(fixed.viaGateway);
    const ratios = runs.direct.map(
      (d, i) =>
        Math.round(
          (runs.viaGateway[i]!.requestsPerSecond / Math.max(1, d.requestsPerSecond)) * 1000,
        ) / 1000,
    );
    const addedMedianMs = round2(viaGateway.medianMs - direct.medianMs);
    const throughputRatio = Math.round(median(ratios) * 1000) / 1000;
    const fixedAddedMedianMs = round2(fixedVia.medianMs - fixedDirect.medianMs);
    const fixedAddedP99Ms = round2(fixedVia.p99Ms - fixedDirect.p99Ms);
    const ceiling = cpuCeiling(direct, viaGateway);
    const result = {
      request: `GET ${PATH}`,
      responseBytes,
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      rounds: ROUNDS,
      saturated: {
        direct,
        viaGateway,
        addedMedianMs,
        addedP99Ms: round2(viaGateway.p99Ms - direct.p99Ms),
        throughputRatio,
        throughputRatioPerRound: ratios,
      },
      fixedRate: {
        requestsPerSecond: FIXED_RATE,
        direct: fixedDirect,
        viaGateway: fixedVia,
        addedMedianMs: fixedAddedMedianMs,
        addedP99Ms: fixedAddedP99Ms,
      },
      cpuCeiling: ceiling,
      targets: {
        addedMedianMs: TARGET_ADDED_MEDIAN_MS,
        throughputRatio: TARGET_THROUGHPUT_RATIO,
        met: addedMedianMs <= TARGET_ADDED_MEDIAN_MS && throughputRatio >= TARGET_THROUGHPUT_RATIO,
        metAtFixedRate: fixedAddedMedianMs <= TARGET_ADDED_MEDIAN_MS,
      },
    };

    const row = (r: Run) => ({
      medianMs: r.medianMs,
      p99Ms: r.p99Ms,
      'req/s': r.requestsPerSecond,
      failed: r.failed,
      'autocannon µs/req': r.cpuUs.autocannon,
      'simulator µs/req': r.cpuUs.simulator,
      'gateway µs/req': r.cpuUs.gateway,
      'others CPU %': r.othersCpuPct,
    });
    console.log(
      `GET ${PATH} (${responseBytes} B, same on both sides), ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s, medians over rounds`,
    );
    console.table({
      'direct, saturated': row(direct),
      'via gateway, saturated': row(viaGateway),
      [`direct, ${FIXED_RATE} req/s`]: row(fixedDirect),
      [`via gateway, ${FIXED_RATE} req/s`]: row(fixedVia),
    });
    console.log(
      `saturated: added median ${addedMedianMs} ms (target <= ${TARGET_ADDED_MEDIAN_MS}), throughput ${(throughputRatio * 100).toFixed(1)} % of direct (target >= ${TARGET_THROUGHPUT_RATIO * 100} %; per round: ${ratios.map((r) => `${(r * 100).toFixed(0)} %`).join(', ')})`,
    );
    console.log(
      `at ${FIXED_RATE} req/s: added median ${fixedAddedMedianMs} ms, added p99 ${fixedAddedP99Ms} ms`,
    );
    console.log(
      `CPU ceiling on ${ceiling.cores} cores from the µs/req above: direct ${ceiling.directRequestsPerSecond} req/s, via gateway ${ceiling.viaGatewayRequestsPerSecond} req/s, so at best ${(ceiling.throughputRatio * 100).toFixed(1)} % with all three processes on this machine`,
    );
    if (direct.failed || viaGateway.failed || fixedDirect.failed || fixedVia.failed) {
      console.warn('some requests failed: the figures are not trustworthy');
    }
    if (
      fixedVia.requestsPerSecond < FIXED_RATE * 0.95 ||
      fixedDirect.requestsPerSecond < FIXED_RATE * 0.95
    ) {
      console.warn(`the fixed rate was not sustained: lower GATEWAY_BENCH_RATE`);
    }
    return result;
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve(null);
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const serveIndex = process.argv.indexOf('--serve');
  if (serveIndex >= 0) {
    await serve(process.argv[serveIndex + 1] ?? 'simulator', process.argv[serveIndex + 2]);
  } else {
    await runGatewayBench();
  }
}
