import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../model/document';
import { extract } from './index';
import { isPageNumber } from './pdf-paragraphs';
import { mapKangxi } from './kangxi';
import { deflateRepeat } from '../../zip/hostile.test-helper';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));
const sample = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../resources/samples/${name}`, import.meta.url)));
const options: ImportOptions = {};

describe('hand-made PDFs', () => {
  it('reads a text layer with its page and Info title', async () => {
    const r = await extract(fixture('hello.pdf'), 'hello.pdf', options);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.blocks).toEqual([{ text: 'Hello report', zone: 'main', page: 1 }]);
    expect(r.value.containerTitle).toBe('Hand-made test');
  });

  it.each([
    ['image-only.pdf', 'scanned-pdf', 'run OCR'],
    ['broken.pdf', 'corrupt', 'damaged'],
    ['program.pdf', 'binary', 'executable'],
  ])('refuses %s with %s and says what to do', async (name, code, advice) => {
    const r = await extract(fixture(name), name, options);
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.message).toContain(name);
    expect(!r.ok && r.error.message).toContain(advice);
  });
});

describe('PDF helpers', () => {
  it('recognises page numbers but not short text', () => {
    for (const n of ['— 1 —', '- 12 -', '-3-', '第 1 页', '第2页 共9页', '1 / 9', '7'])
      expect(isPageNumber(n)).toBe(true);
    for (const t of ['一、工作开展情况', '2022年', '1.加强学习']) expect(isPageNumber(t)).toBe(false);
  });

  it('maps Kangxi radicals to ideographs and leaves full-width punctuation alone', () => {
    expect(mapKangxi('\u2F8F\u653F\u2EC5\uFF0C\uFF11')).toBe('行政见\uFF0C\uFF11');
  });
});

const norm = (s: string) => s.replace(/\s+/g, '');

/** Share of the characters of `blocks` that lie in a paragraph equal (whitespace aside) to one of `reference`. */
function agreement(blocks: string[], reference: string[]): number {
  const want = new Set(reference.map(norm));
  let good = 0;
  let total = 0;
  for (const b of blocks) {
    const t = norm(b);
    total += t.length;
    if (want.has(t)) good += t.length;
  }
  return good / total;
}

describe('the real samples', () => {
  it.each([
    'dida-2022.txt',
    'dida-2022.gb18030.txt',
    'dida-2022.gov.docx',
    'dida-2022.gov.pdf',
    'linping-2022.txt',
    'linping-2022.html',
    'linping-2022.gov.docx',
    'linping-2022.gov.pdf',
    'chaoyang-ln-2024.txt',
    'chaoyang-ln-2024.gbk.html',
  ])('%s extracts', async (name) => {
    const r = await extract(sample(name), name, options);
    expect(r.ok && r.value.blocks.filter((b) => b.zone === 'main').length).toBeGreaterThan(10);
  });

  it.each(['dida-2022', 'linping-2022'])(
    '%s: the PDF and DOCX paragraphs are the TXT paragraphs, without page numbers, headers or Kangxi radicals',
    async (report) => {
      const txt = await extract(sample(`${report}.txt`), `${report}.txt`);
      if (!txt.ok) throw new Error(txt.error.message);
      const reference = txt.value.blocks.map((b) => b.text);
      for (const format of ['pdf', 'docx']) {
        const r = await extract(sample(`${report}.gov.${format}`), `${report}.gov.${format}`, options);
        if (!r.ok) throw new Error(r.error.message);
        const texts = r.value.blocks.map((b) => b.text);
        expect(agreement(texts, reference)).toBeGreaterThanOrEqual(0.99);
        expect(texts.filter(isPageNumber)).toEqual([]);
        expect(texts.join('').match(/[\u2f00-\u2fd5]/g)).toBeNull();
        if (format === 'pdf') {
          expect(texts.join('\n')).not.toMatch(/—\s*\d+\s*—/);
          expect(r.value.blocks.every((b) => typeof b.page === 'number')).toBe(true);
          expect(r.value.blocks.at(-1)!.page).toBeGreaterThan(1);
        }
      }
    },
    60_000,
  );
});

describe('damaged PDFs', () => {
  const good = sample('dida-2022.gov.pdf');
  // A fixed set of byte positions spread over the file: single-bit flips, as a bad download or disk makes.
  const positions = Array.from({ length: 12 }, (_, i) => Math.floor(((i + 0.5) * good.length) / 12));

  it.each(positions)('a bit flipped at byte %i never imports changed text without a warning', async (at) => {
    const bytes = good.slice();
    bytes[at] = bytes[at]! ^ 0x10;
    const [before, after] = await Promise.all([
      extract(good, 'dida.pdf', options),
      extract(bytes, 'dida.pdf', options),
    ]);
    if (!before.ok) throw new Error(before.error.message);
    if (!after.ok) {
      expect(after.error.code).toBe('corrupt');
      expect(after.error.message).toMatch(/^dida\.pdf is damaged.*download or copy the file again/);
      return;
    }
    const changed = JSON.stringify(after.value.blocks) !== JSON.stringify(before.value.blocks);
    const warned = after.value.warnings.find((w) => w.code === 'pdf-damaged');
    if (changed)
      expect(warned?.message).toMatch(/^dida\.pdf is damaged: 1 of its \d+ compressed parts fail their checksum/);
  });

  it('says a truncated file is cut short', async () => {
    const r = await extract(good.subarray(0, Math.floor(good.length * 0.8)), 'cut.pdf', options);
    if (r.ok) expect(r.value.warnings.map((w) => w.message).join()).toContain('it is cut short');
    else expect(r.error.code).toBe('corrupt');
  });

  it('reports the intact samples as intact', async () => {
    for (const name of ['dida-2022.gov.pdf', 'linping-2022.gov.pdf']) {
      const r = await extract(sample(name), name, options);
      expect(r.ok && r.value.warnings.filter((w) => w.code === 'pdf-damaged')).toEqual([]);
    }
  });
});

describe('a PDF decompression bomb', () => {
  it('is refused before the PDF engine inflates it', async () => {
    const enc = new TextEncoder();
    const raw = deflateRepeat(
      enc.encode('BT /F1 12 Tf 72 720 Td '),
      enc.encode('(x)'),
      80 * 1024 * 1024,
      enc.encode(' Tj ET'),
    );
    const z = new Uint8Array([0x78, 0x01, ...raw.data, 0, 0, 0, 0]);
    const head = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n4 0 obj<</Length ${z.length}/Filter/FlateDecode>>stream\n`;
    const bytes = new Uint8Array([
      ...enc.encode(head),
      ...z,
      ...enc.encode('\nendstream endobj\ntrailer<</Root 1 0 R>>\nstartxref\n0\n%%EOF\n'),
    ]);
    const t0 = performance.now();
    const r = await extract(bytes, 'bomb.pdf', options);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(!r.ok && r.error.code).toBe('too-large');
    expect(!r.ok && r.error.message).toMatch(
      /^bomb\.pdf looks like a decompression bomb: one of its parts expands from \d+ KB to more than 64 MB/,
    );
  });
});
