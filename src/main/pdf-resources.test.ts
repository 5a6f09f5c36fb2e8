import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfResources, pdfResourcesFrom } from './pdf-resources';

describe('pdfResources', () => {
  it('points at the installed CMaps and standard fonts, as folder paths ending in a separator', () => {
    const { cMapUrl = '', standardFontDataUrl = '' } = pdfResources(import.meta.url);
    expect(cMapUrl.endsWith(sep)).toBe(true);
    expect(existsSync(join(cMapUrl, 'UniGB-UCS2-H.bcmap'))).toBe(true);
    expect(existsSync(join(standardFontDataUrl, 'FoxitSerif.pfb'))).toBe(true);
  });

  it('uses the unpacked copy when pdfjs-dist sits inside app.asar', () => {
    const inAsar = join(sep, 'opt', 'Fazhi Coder', 'resources', 'app.asar', 'node_modules', 'pdfjs-dist');
    expect(pdfResourcesFrom(inAsar).cMapUrl).toBe(
      join(sep, 'opt', 'Fazhi Coder', 'resources', 'app.asar.unpacked', 'node_modules', 'pdfjs-dist', 'cmaps') + sep,
    );
  });
});
