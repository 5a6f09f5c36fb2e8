/**
 * Where pdf.js finds its CMaps and standard fonts: needed to read CJK text from
 * PDFs whose fonts are not embedded (common in government reports). pdf.js in
 * Node reads them as file paths ending in '/'. In a packaged app they are
 * unpacked next to app.asar (electron-builder `asarUnpack`).
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { ImportOptions } from '../shared/model/document';

/** Rewrites a path inside app.asar to its app.asar.unpacked twin. */
export function unpackedPath(path: string): string {
  return path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}

export function pdfResourcesFrom(pdfjsDir: string): NonNullable<ImportOptions['pdf']> {
  const dir = unpackedPath(pdfjsDir);
  return {
    cMapUrl: join(dir, 'cmaps') + sep,
    standardFontDataUrl: join(dir, 'standard_fonts') + sep,
  };
}

/** Resolves the installed pdfjs-dist package from this module's location. */
export function pdfResources(fromUrl: string): NonNullable<ImportOptions['pdf']> {
  const require = createRequire(fromUrl);
  return pdfResourcesFrom(dirname(require.resolve('pdfjs-dist/package.json')));
}
