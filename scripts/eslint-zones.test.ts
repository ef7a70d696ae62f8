// Each layering zone of eslint.config.js must fire: a probe file in the zone's target imports
// something from its forbidden side and must get the zone's error; the same probe importing
// something allowed must lint clean (so a probe that fails to parse or resolve cannot pass).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedPathErrors(filePath: string, specifier: string): Promise<string[]> {
  const code = `import * as probe from '${specifier}';\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

// [probe file, a forbidden import, an allowed import from the same file]
const zones: Array<[string, string, string]> = [
  ['src/components/probe.tsx', '../features/auth/auth-gate', '../lib/csv'],
  ['src/components/probe.tsx', '../app/theme', '../api/api-error'],
  ['src/lib/probe.ts', '../features/auth/auth-gate', './csv'],
  ['src/lib/probe.ts', '../app/theme', './csv'],
  ['src/lib/probe.ts', '../components/time-ago', './csv'],
  ['src/api/probe.ts', '../features/auth/auth-gate', './api-error'],
  ['src/api/probe.ts', '../components/time-ago', '../lib/csv'],
  ['src/workers/probe.ts', '../features/auth/auth-gate', '../lib/csv'],
  ['src/workers/probe.ts', '../app/theme', './aggregation-protocol'],
  ['src/features/auth/probe.ts', '../../../server/gateway/config', '../../lib/csv'],
  ['src/app/probe.ts', '../../e2e/fixtures', '../lib/csv'],
  ['src/lib/probe.ts', '../../bench/run', './csv'],
  ['server/gateway/probe.ts', '../../src/features/auth/auth-gate', '../../src/lib/csv'],
  ['server/gateway/probe.ts', '../simulator/app', './config'],
  ['server/gateway/testing/probe.ts', '../../simulator/app', '../config'],
  ['server/simulator/probe.ts', '../gateway/config', './prng'],
];

describe('layering zones fire', () => {
  it.each(zones)('%s may not import %s', async (file, forbidden, allowed) => {
    // An import that resolves to nothing is never restricted: the probe must name a real module.
    const target = join(dirname(file), forbidden);
    expect(['.ts', '.tsx'].some((ext) => existsSync(target + ext))).toBe(true);
    expect(await restrictedPathErrors(file, forbidden)).toHaveLength(1);
    expect(await restrictedPathErrors(file, allowed)).toEqual([]);
  });

  it('lets the embedded launcher start the simulator', async () => {
    expect(
      await restrictedPathErrors('server/gateway/embedded-upstream.ts', '../simulator/app'),
    ).toEqual([]);
  });
});
