/**
 * Why the importer reads PDFs with PDFium (WebAssembly) and not pdf.js: both
 * engines' text layers through the same line/paragraph rebuilding, on the sample
 * PDFs, beside poppler's pdftotext. Prints median extraction time, the ratio to
 * pdftotext, the paragraphs found and how many of them equal a paragraph of the
 * same report's DOCX. pdf.js is a devDependency kept for this comparison only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usePdfiumFromPackage } from '../src/cli/pdfium-wasm';
import { extract } from '../src/shared/import/formats';
import { extractPdf } from '../src/shared/import/formats/pdf';
import { pageLines, type Line, type PdfItem } from '../src/shared/import/formats/pdf-lines';
import { dropFurniture, paragraphs } from '../src/shared/import/formats/pdf-paragraphs';
import { mapKangxi } from '../src/shared/import/formats/kangxi';

const SAMPLES = fileURLToPath(new URL('../resources/samples/', import.meta.url));
const RUNS = 7;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function pdfjsParagraphs(bytes: Uint8Array): Promise<string[]> {
  const push = Array.prototype.push;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // @ts-expect-error -- no types: loaded for its side effect (pdf.js then parses in this thread).
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // The legacy build's core-js replaces Array.prototype.push on Node 20 (~25% slower): as the app did, put it back.
  Array.prototype.push = push;
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: Line[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const items = (await page.getTextContent()).items.filter((i): i is typeof i & PdfItem => 'str' in i);
    pages.push(pageLines(items, p));
  }
  await doc.destroy();
  return paragraphs(dropFurniture(pages)).map((b) => mapKangxi(b.text));
}

async function pdfiumParagraphs(bytes: Uint8Array): Promise<string[]> {
  const r = await extractPdf(bytes, 'x.pdf');
  if (!r.ok) throw new Error(r.error.message);
  return r.value.blocks.map((b) => b.text);
}

async function time(f: () => Promise<unknown>): Promise<number> {
  await f(); // warm-up: module loading, WebAssembly compilation, JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<void> {
  usePdfiumFromPackage();
  const norm = (s: string) => s.replace(/\s+/g, '');
  const rows = [['file', 'engine', 'median', 'pdftotext', 'ratio', 'paragraphs', 'equal to a DOCX paragraph']];
  for (const report of ['dida-2022', 'linping-2022']) {
    const path = join(SAMPLES, `${report}.gov.pdf`);
    const bytes = new Uint8Array(readFileSync(path));
    const docx = await extract(new Uint8Array(readFileSync(join(SAMPLES, `${report}.gov.docx`))), 'x.docx');
    if (!docx.ok) throw new Error(docx.error.message);
    const reference = new Set(docx.value.blocks.map((b) => norm(b.text)));
    const ref = await time(async () =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] }),
    );
    for (const [engine, read] of [
      ['PDFium', pdfiumParagraphs],
      ['pdf.js', pdfjsParagraphs],
    ] as const) {
      const ms = await time(() => read(bytes));
      const paras = await read(bytes);
      const same = paras.filter((p) => reference.has(norm(p))).length;
      rows.push([
        `${report}.gov.pdf`,
        engine,
        `${ms.toFixed(1)} ms`,
        `${ref.toFixed(1)} ms`,
        `${(ms / ref).toFixed(2)}×`,
        String(paras.length),
        `${same}/${paras.length} (DOCX: ${reference.size} distinct)`,
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
