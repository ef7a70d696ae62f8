// After a build: the gateway's first-screen renderer (dist-server/) must carry its own production
// React. A package left external is resolved by Node at run time, where React picks its
// development build unless NODE_ENV=production (renders ~2× slower), and a second copy of React
// beside a bundled one breaks hooks. Exits 1, naming what is wrong, when either is the case.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, process.env.SERVER_BUILD_DIR ?? 'dist-server');
const files = [
  join(dir, 'server-entry.js'),
  ...readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, 'assets', f)),
];

const problems: string[] = [];
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const external = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?from\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ]
    .map((m) => m[1] ?? '')
    .filter((spec) => !spec.startsWith('.') && !spec.startsWith('node:'));
  for (const spec of new Set(external)) problems.push(`${file} imports "${spec}" at run time`);
  // A function only React's development builds have.
  if (code.includes('function validateProperty(')) {
    problems.push(`${file} holds React's development build`);
  }
}

if (problems.length > 0) {
  console.error(`The first-screen renderer is not self-contained:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`First-screen renderer: ${files.length} files, production React bundled in.`);
