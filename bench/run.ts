// `npm run bench`: every benchmark part in one run; prints tables and saves JSON under bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';

type Part = { name: string; load: () => Promise<() => Promise<object>> };

const parts: Part[] = [
  {
    name: 'simulator',
    load: async () => (await import('./simulator-bench.ts')).runSimulatorBench,
  },
  { name: 'gateway', load: async () => (await import('./gateway-bench.ts')).runGatewayBench },
  {
    name: 'aggregation',
    load: async () => (await import('./aggregation-bench.ts')).runAggregationBench,
  },
  { name: 'ui', load: async () => (await import('./ui-bench.ts')).runUiBench },
];

const only = process.argv.slice(2);
const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  node: process.version,
};
let failed = false;
for (const part of parts) {
  if (only.length && !only.includes(part.name)) continue;
  console.log(`\n== ${part.name} ==`);
  try {
    const run = await part.load();
    results[part.name] = await run();
  } catch (error) {
    failed = true;
    console.error(`${part.name} bench failed: ${(error as Error).message}`);
    results[part.name] = { error: (error as Error).message };
  }
}
const dir = new URL('./results/', import.meta.url);
await mkdir(dir, { recursive: true });
const file = new URL(`bench-${results.at as string}.json`.replaceAll(':', '-'), dir);
await writeFile(file, JSON.stringify(results, null, 2));
await writeFile(new URL('latest.json', dir), JSON.stringify(results, null, 2));
console.log(`\nSaved ${file.pathname}`);
process.exit(failed ? 1 : 0);
