/**
 * Where the import worker finds PDFium's .wasm (the PDF engine): in the installed
 * @embedpdf/pdfium package; in a packaged app it is unpacked next to app.asar
 * (electron-builder `asarUnpack`), so a worker thread reads it as a plain file.
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';

/** Rewrites a path inside app.asar to its app.asar.unpacked twin. */
export function unpackedPath(path: string): string {
  return path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}

/** Resolves the engine's .wasm from the module at `fromUrl`. */
export function pdfiumWasmPath(fromUrl: string): string {
  return unpackedPath(createRequire(fromUrl).resolve('@embedpdf/pdfium/pdfium.wasm'));
}
