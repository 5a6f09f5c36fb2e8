import { describe, expect, it } from 'vitest';
import { extract } from './index';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('extract: dispatching by content, then by name', () => {
  it('reads a web page saved under a .doc name as HTML', async () => {
    const r = await extract(bytes('<!DOCTYPE html><html><body><p>报告正文。</p></body></html>'), 'report.doc');
    expect(r.ok && r.value.format).toBe('html');
  });

  it('reads text with an unfamiliar extension as text', async () => {
    const r = await extract(bytes('第一行\n第二行'), 'report.dat');
    expect(r.ok && r.value.blocks.map((b) => b.text)).toEqual(['第一行', '第二行']);
  });

  it('refuses an executable whatever its name, an RTF file and an image, saying what to do', async () => {
    const exe = await extract(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'report.txt');
    expect(!exe.ok && exe.error.code).toBe('binary');
    const rtf = await extract(bytes('{\\rtf1\\ansi 报告}'), 'report.rtf');
    expect(!rtf.ok && rtf.error.message).toContain('save it as .docx');
    const png = await extract(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), 'scan.png');
    expect(!png.ok && png.error.message).toContain('OCR');
  });

  it('never throws, even on a zip that is not a Word file', async () => {
    const r = await extract(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.docx');
    expect(!r.ok && r.error.code).toBe('corrupt');
  });
});
