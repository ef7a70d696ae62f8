// Gateway overhead: the same list request straight to the simulator and through the gateway
// (client_credentials mode), 50 connections for ~5 s each, with autocannon.
// The simulator and the gateway run in child processes (as in production: separate processes),
// so autocannon in this process does not steal their event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const API = '/bulk/sms-session-manager/v1';
const PATH = '/sess-manager?page_size=10&sort=-sessionID';
const CONNECTIONS = 50;
const DURATION_S = 5;
const WARMUP_S = 1;
const TARGET_ADDED_MEDIAN_MS = 2;
const TARGET_THROUGHPUT_RATIO = 0.7;

interface CannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<CannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const thisFile = fileURLToPath(import.meta.url);

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
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
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

/** CPU time (user + system, ms) a child has used so far; null where /proc is not available. */
function cpuMs(child: ChildProcess): number | null {
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

interface Figures {
  medianMs: number;
  p99Ms: number;
  requestsPerSecond: number;
  total: number;
  non2xx: number;
  errors: number;
}

async function measure(
  url: string,
  headers: Record<string, string> | undefined,
  servers: Record<string, ChildProcess>,
): Promise<Figures & { cpuMicrosPerRequest: Record<string, number | null> }> {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_S, headers });
  const before = Object.fromEntries(Object.entries(servers).map(([k, c]) => [k, cpuMs(c)]));
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const cpuMicrosPerRequest = Object.fromEntries(
    Object.entries(servers).map(([k, c]) => {
      const start = before[k];
      const end = cpuMs(c);
      return [
        k,
        start == null || end == null ? null : Math.round(((end - start) * 1000) / r.requests.total),
      ];
    }),
  );
  return {
    cpuMicrosPerRequest,
    medianMs: r.latency.p50,
    p99Ms: r.latency.p99,
    requestsPerSecond: Math.round(r.requests.average),
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
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
    const direct = await measure(
      `${simulator.url}${API}${PATH}`,
      { authorization: `Bearer ${token}` },
      servers,
    );
    const viaGateway = await measure(`${gateway.url}/api${PATH}`, undefined, servers);
    const addedMedianMs = Math.round((viaGateway.medianMs - direct.medianMs) * 100) / 100;
    const throughputRatio =
      Math.round((viaGateway.requestsPerSecond / Math.max(1, direct.requestsPerSecond)) * 1000) /
      1000;
    const result = {
      request: `GET ${PATH}`,
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      direct,
      viaGateway,
      addedMedianMs,
      throughputRatio,
      targets: {
        addedMedianMs: TARGET_ADDED_MEDIAN_MS,
        throughputRatio: TARGET_THROUGHPUT_RATIO,
        met: addedMedianMs <= TARGET_ADDED_MEDIAN_MS && throughputRatio >= TARGET_THROUGHPUT_RATIO,
      },
    };
    const row = ({ cpuMicrosPerRequest, ...rest }: typeof direct) => ({
      ...rest,
      simulatorCpuUs: cpuMicrosPerRequest.simulator,
      gatewayCpuUs: cpuMicrosPerRequest.gateway,
    });
    console.table({ direct: row(direct), 'via gateway': row(viaGateway) });
    console.log(
      `added median ${addedMedianMs} ms (target <= ${TARGET_ADDED_MEDIAN_MS}), throughput ${(throughputRatio * 100).toFixed(1)} % of direct (target >= ${TARGET_THROUGHPUT_RATIO * 100} %)`,
    );
    if (direct.non2xx || viaGateway.non2xx || direct.errors || viaGateway.errors) {
      console.warn('some requests failed: the figures are not trustworthy');
    }
    return result;
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
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
