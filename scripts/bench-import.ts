/**
 * Import speed on the sample reports: median time per report for TXT/HTML
 * (also per 20,000 characters), DOCX and PDF, with poppler's pdftotext on the
 * same PDF for comparison. Targets: TXT/HTML ≤ 10 ms per 20,000 characters,
 * DOCX ≤ 100 ms, PDF ≤ 2 × pdftotext (PDFium, the
 * whole import: text, paragraphs, analysis; pdftotext only extracts).
 * bench-pdf-engines.ts compares PDFium with pdf.js. Besides the samples (4,000–5,000 characters,
 * where the per-20k figure is an extrapolation), three synthetic 20,000-character
 * reports (UTF-8 TXT, GB18030 TXT, GBK portal page) are timed as they are.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usePdfiumFromPackage } from '../src/cli/pdfium-wasm';
import { importFile } from '../src/shared/import';

const SAMPLES = fileURLToPath(new URL('../resources/samples/', import.meta.url));
// Many runs for the cheap formats: their median is otherwise what the other processes on the machine did.
const RUNS = 41;
const WARM_UP = 4;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeImport(file: string, bytes: Uint8Array, runs: number): Promise<{ ms: number; chars: number }> {
  usePdfiumFromPackage();
  const options = {};
  let chars = 0;
  const first = await importFile(bytes, file, options); // warm-up: module loading and JIT
  if (first.ok) chars = [...first.document.text].length;
  // A few more warm-up runs: one run loads the code, the JIT compiles it only after several
  // (an import of a crawl runs warm; the first files' times are not the import speed).
  for (let i = 0; i < WARM_UP; i++) await importFile(bytes, file, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await importFile(bytes, file, options);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), chars };
}

function timePdftotext(path: string, runs: number): number | null {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    times.push(performance.now() - t0);
  }
  return median(times);
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

/**
 * A 20,000-character report, the size the TXT/HTML target names: four copies of
 * the linping report with their figures shifted and their paragraphs marked (so
 * none repeats and the repeated-page check keeps them all), then the chaoyang report.
 */
function twentyThousandCharReport(): { title: string; paragraphs: string[] } {
  // The linping file holds its report twice (a scraped page): one copy of each line.
  const lines = readFileSync(join(SAMPLES, 'linping-2022.txt'), 'utf8').split('\n');
  const base = [...new Set(lines)].filter((l) => l.trim());
  const tail = readFileSync(join(SAMPLES, 'chaoyang-ln-2024.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  // Figures shifted and each paragraph marked, so no paragraph of one copy equals one of another.
  const shifted = (k: number) =>
    base.map((l) => (k ? `${l.replace(/\d/g, (d) => String((Number(d) + k) % 10))}(${k})` : l));
  const paragraphs = [...shifted(0), ...shifted(3), ...shifted(5), ...shifted(7), ...tail];
  let total = 0;
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (total >= 20_000) break;
    kept.push(p);
    total += [...p].length;
  }
  return { title: '杭州市临平区2022年法治政府建设年度报告', paragraphs: kept };
}

function gb18030(text: string): Uint8Array | null {
  try {
    return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
  } catch {
    return null;
  }
}

function syntheticFiles(): { file: string; bytes: Uint8Array }[] {
  const { title, paragraphs } = twentyThousandCharReport();
  const txt = [title, ...paragraphs].join('\n');
  const html = [
    '<!DOCTYPE html><html><head><meta charset="gbk"><title>',
    title,
    '_政府信息公开</title></head><body><div class="crumb">当前位置:首页 &gt; 政务公开</div>',
    '<div class="article"><h1>',
    title,
    '</h1><div class="info">字号:大 中 小 打印本页</div><div id="zoom">',
    ...paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`),
    '</div></div><div class="footer">网站标识码 3301130001 主办单位:临平区人民政府办公室</div></body></html>',
  ].join('');
  const out: { file: string; bytes: Uint8Array }[] = [
    { file: 'synthetic-20k.txt', bytes: new TextEncoder().encode(txt) },
  ];
  const gbTxt = gb18030(txt);
  if (gbTxt) out.push({ file: 'synthetic-20k.gb18030.txt', bytes: gbTxt });
  const gbHtml = gb18030(html);
  if (gbHtml) out.push({ file: 'synthetic-20k.gbk.html', bytes: gbHtml });
  return out;
}

export async function run(): Promise<void> {
  const files = readdirSync(SAMPLES)
    .filter((f) => !f.startsWith('.'))
    .sort();
  const rows: string[][] = [['file', 'format', 'chars', 'median', 'per 20k chars', 'pdftotext', 'ratio', 'target']];
  const inputs = [
    ...files.map((file) => ({
      file,
      path: join(SAMPLES, file),
      bytes: new Uint8Array(readFileSync(join(SAMPLES, file))),
    })),
    ...syntheticFiles().map((f) => ({ ...f, path: '' })),
  ];
  for (const { file, path, bytes } of inputs) {
    const ext = file.split('.').pop()!.toLowerCase();
    const isPdf = ext === 'pdf';
    const { ms, chars } = await timeImport(file, bytes, isPdf ? 7 : RUNS);
    if (ext === 'txt' || ext === 'html' || ext === 'htm') {
      const per20k = chars ? (ms * 20000) / chars : NaN;
      rows.push([
        file,
        ext,
        String(chars),
        fmt(ms),
        fmt(per20k),
        '',
        '',
        per20k <= 10 ? 'ok (≤ 10 ms)' : 'MISSED (≤ 10 ms)',
      ]);
    } else if (ext === 'docx') {
      rows.push([file, ext, String(chars), fmt(ms), '', '', '', ms <= 100 ? 'ok (≤ 100 ms)' : 'MISSED (≤ 100 ms)']);
    } else if (isPdf) {
      const ref = timePdftotext(path, 7);
      const ratio = ref ? ms / ref : null;
      rows.push([
        file,
        ext,
        String(chars),
        fmt(ms),
        '',
        ref === null ? 'n/a' : fmt(ref),
        ratio === null ? 'n/a' : `${ratio.toFixed(1)}×`,
        ratio === null ? 'n/a' : ratio <= 2 ? 'ok (≤ 2×)' : 'MISSED (≤ 2×)',
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
