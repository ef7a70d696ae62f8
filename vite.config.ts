import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

/**
 * In the build, resolves `source` to `shim` when `importer` (a file of @mantine/core's esm build,
 * by its path under components/) imports it; every other import of `source` is left alone.
 */
function substituteImport(name: string, importer: string, source: string, shim: string): Plugin {
  const shimPath = fileURLToPath(new URL(shim, import.meta.url));
  const importerEnd = `/@mantine/core/esm/components/${importer}`;
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    resolveId(id, from) {
      const match = id === source && from?.replaceAll('\\', '/').endsWith(importerEnd);
      return match ? shimPath : null;
    },
  };
}

/**
 * Mantine's ScrollArea (inside modals, selects and drawers) imports only `useMergeRefs` from
 * @floating-ui/react; bundled as is, that single import places the whole of floating-ui (needed
 * only by tooltips and popovers) in the chunk of every dialog. For that one importer, resolve the
 * package to an equivalent hook.
 */
const scrollAreaWithoutFloatingUi = () =>
  substituteImport(
    'scroll-area-without-floating-ui',
    'ScrollArea/ScrollArea.mjs',
    '@floating-ui/react',
    './src/lib/use-merge-refs.ts',
  );

/**
 * Mantine's Table attaches Table.ScrollContainer, whose default type renders ScrollArea, so every
 * page with a table carried ScrollArea in its first bundle (15 kB before compression). For Table's
 * import only, the container resolves to its `type="native"` equivalent (the app's tables that
 * scroll ask for that type), and ScrollArea loads with the modals that use it.
 */
const tableWithoutScrollArea = () =>
  substituteImport(
    'table-without-scroll-area',
    'Table/Table.mjs',
    './TableScrollContainer.mjs',
    './src/lib/table-scroll-container.tsx',
  );

// Two builds: the SPA into dist/, and (`--ssr src/server-entry.tsx`) the gateway's first-screen
// renderer into dist-server/.
/** Module ids of the start-up code that lazy chunks share (see build.rolldownOptions). */
function startUpSharedModules(): RegExp {
  const paths = [
    'node_modules/(react|react-dom|scheduler)/',
    'node_modules/@mantine/core/esm/core/',
    'node_modules/@mantine/core/esm/components/(Box|CloseButton|Transition|Text|Input|InputBase)/',
    'node_modules/@tabler/icons-react/dist/esm/(createReactComponent|defaultAttributes)',
    'src/lib/format-time',
    'src/components/use-display-settings',
  ];
  return new RegExp(paths.map((p) => p.replaceAll('/', '[\\\\/]')).join('|'));
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    scrollAreaWithoutFloatingUi(),
    tableWithoutScrollArea(),
    // Brotli and gzip copies next to each file, served by the gateway as they are: compressing
    // the bundle on every cold load cost the gateway ~50 ms of CPU per file on a busy machine.
    !isSsrBuild && compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  build: {
    outDir: isSsrBuild ? 'dist-server' : 'dist',
    sourcemap: false,
    // Hashed file names let the gateway cache assets as immutable.
    assetsDir: 'assets',
    // The start-up code the entry shares with lazy chunks, as one chunk: left to itself the
    // bundler made eleven small ones (0.2–9 kB), which a page loads over HTTP/1.1's six
    // connections in turns after its first paint. One chunk: 3 requests instead of 13, 2.5 kB
    // less gzip (`npm run bench -- ui`). Modules only lazy chunks use must stay out of it.
    ...(!isSsrBuild && {
      rolldownOptions: {
        output: {
          codeSplitting: { groups: [{ name: 'app-shared', test: startUpSharedModules() }] },
        },
      },
    }),
  },
  // The renderer carries its own production React (and every package using it, so that there is
  // one React): left external, React picks its development build wherever NODE_ENV is unset,
  // which renders several times slower.
  ...(isSsrBuild && {
    ssr: { noExternal: true },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  }),
  server: { host: '127.0.0.1', strictPort: true },
}));
