/**
 * A Vite plugin that puts the files the renderer fetches at run time into the build:
 * the bundled sample reports (with an index). (The PDF engine's .wasm is an asset
 * Vite emits itself: import.worker.ts imports it with `?url`.)
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function staticAssets(): Plugin {
  let outDir = '';
  let samplesDir = '';
  return {
    name: 'fazhi-static-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // Both builds use src/renderer as their root. (Not import.meta.dirname: electron-vite
      // bundles its config into a temporary file elsewhere.)
      samplesDir = resolve(config.root, '../../resources/samples');
    },
    closeBundle() {
      const samplesOut = join(outDir, 'samples');
      mkdirSync(samplesOut, { recursive: true });
      const names = readdirSync(samplesDir).filter((n) => !n.startsWith('.'));
      for (const name of names) cpSync(join(samplesDir, name), join(samplesOut, name));
      writeFileSync(join(samplesOut, 'index.json'), JSON.stringify(names.sort()));
    },
  };
}
