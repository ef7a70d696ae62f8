import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Hashed file names let the gateway cache assets as immutable.
    assetsDir: 'assets',
  },
  server: { host: '127.0.0.1', strictPort: true },
});
