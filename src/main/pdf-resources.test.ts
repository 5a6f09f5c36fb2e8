import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfiumWasmPath, unpackedPath } from './pdf-resources';

describe('pdfiumWasmPath', () => {
  it('points at the installed PDFium WebAssembly module', () => {
    const path = pdfiumWasmPath(import.meta.url);
    expect(existsSync(path)).toBe(true);
    // "\0asm": the WebAssembly magic number.
    expect([...readFileSync(path).subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
  });

  it('uses the unpacked copy when the package sits inside app.asar', () => {
    const inAsar = join(sep, 'opt', 'Fazhi Coder', 'resources', 'app.asar', 'node_modules', 'x', 'pdfium.wasm');
    expect(unpackedPath(inAsar)).toBe(
      join(sep, 'opt', 'Fazhi Coder', 'resources', 'app.asar.unpacked', 'node_modules', 'x', 'pdfium.wasm'),
    );
  });
});
