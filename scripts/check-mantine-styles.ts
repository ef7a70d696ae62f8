// After a build: every @mantine/core component whose class names the built JavaScript uses must
// have its stylesheet imported by src/app/mantine-styles.css (which imports only what is used,
// not all of @mantine/core/styles.css). Exits 1, naming the missing files, when one is not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stylesDir = join(root, 'node_modules/@mantine/core/styles');
const assetsDir = join(root, process.env.BUILD_DIR ?? 'dist', 'assets');

const js = readdirSync(assetsDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(assetsDir, f), 'utf8'))
  .join('\n');
const imported = new Set<string>(
  [
    ...readFileSync(join(root, 'src/app/mantine-styles.css'), 'utf8').matchAll(
      /@import '@mantine\/core\/styles\/([^']+)'/g,
    ),
  ].map((m) => m[1] ?? ''),
);

const missing = readdirSync(stylesDir)
  .filter((f) => f.endsWith('.css') && !f.endsWith('.layer.css') && !imported.has(f))
  .filter((f) => {
    const classes = new Set<string>(
      [...readFileSync(join(stylesDir, f), 'utf8').matchAll(/\.(m_[0-9a-f]{6,8})\b/g)].map(
        (m) => m[1] ?? '',
      ),
    );
    return [...classes].some((c) => c !== '' && js.includes(c));
  });

if (missing.length > 0) {
  console.error(
    `The build uses Mantine components whose styles src/app/mantine-styles.css does not import:\n` +
      missing.map((f) => `  @import '@mantine/core/styles/${f}';`).join('\n') +
      `\nAdd them in the order of @mantine/core/styles.css.`,
  );
  process.exit(1);
}
console.log(`Mantine styles: all ${imported.size} needed files imported.`);
