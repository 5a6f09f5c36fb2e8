/**
 * A Vite plugin that puts the files the renderer fetches at run time into the build:
 * the bundled sample reports (with an index) and pdf.js's CMaps and standard fonts,
 * which pdf.js needs to read CJK text from PDFs whose fonts are not embedded.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

export const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

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
      cpSync(join(PDFJS_DIR, 'cmaps'), join(outDir, 'pdfjs/cmaps'), { recursive: true });
      cpSync(join(PDFJS_DIR, 'standard_fonts'), join(outDir, 'pdfjs/standard_fonts'), { recursive: true });
    },
  };
}
