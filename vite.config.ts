import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

/**
 * Mantine's Table (the grids, on the landing page) references ScrollArea, which imports only
 * `useMergeRefs` from @floating-ui/react; bundled as is, that single import places the whole of
 * floating-ui (needed only by tooltips and popovers, which load later) in the first bundle.
 * For that one importer, resolve the package to an equivalent hook.
 */
function scrollAreaWithoutFloatingUi(): Plugin {
  const shim = fileURLToPath(new URL('./src/lib/use-merge-refs.ts', import.meta.url));
  const scrollArea = /@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/;
  return {
    name: 'scroll-area-without-floating-ui',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@floating-ui/react' && importer && scrollArea.test(importer)) return shim;
      return null;
    },
  };
}

// Two builds: the SPA into dist/, and (`--ssr src/server-entry.tsx`) the gateway's first-screen
// renderer into dist-server/.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    scrollAreaWithoutFloatingUi(),
    // Brotli and gzip copies next to each file, served by the gateway as they are: compressing
    // the bundle on every cold load cost the gateway ~50 ms of CPU per file on a busy machine.
    !isSsrBuild && compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  build: {
    outDir: isSsrBuild ? 'dist-server' : 'dist',
    sourcemap: false,
    // Hashed file names let the gateway cache assets as immutable.
    assetsDir: 'assets',
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
