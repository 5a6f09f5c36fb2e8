/**
 * The web edition: the same renderer as the desktop app, built as a plain web app.
 * `npm run web` builds it and serves it on http://localhost:5173.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { staticAssets } from './build/static-assets.ts';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react(), staticAssets()],
  define: { __FAZHI_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
  preview: { port: 5173, strictPort: true, host: '127.0.0.1' },
});
