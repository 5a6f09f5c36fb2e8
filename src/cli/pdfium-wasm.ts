/**
 * The CLI's PDF engine: PDFium's .wasm read from the installed @embedpdf/pdfium
 * package (the core never reads files itself). Called once per thread that parses.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setPdfiumWasm } from '../shared/import/formats/pdfium';

export function pdfiumWasmPath(): string {
  return createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm');
}

export function usePdfiumFromPackage(): void {
  const path = pdfiumWasmPath();
  setPdfiumWasm(() => readFile(path));
}
