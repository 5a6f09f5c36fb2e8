/**
 * Import speed on the sample reports: median time per report for TXT/HTML
 * (also per 20,000 characters), DOCX and PDF, with poppler's pdftotext on the
 * same PDF for comparison. Targets: TXT/HTML ≤ 10 ms per 20,000 characters,
 * DOCX ≤ 100 ms, PDF ≤ 3 × pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfResources } from '../src/cli/import-command';
import { importFile } from '../src/shared/import';

const SAMPLES = fileURLToPath(new URL('../resources/samples/', import.meta.url));
const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeImport(file: string, bytes: Uint8Array, runs: number): Promise<{ ms: number; chars: number }> {
  const options = { pdf: pdfResources() };
  let chars = 0;
  const first = await importFile(bytes, file, options); // warm-up: module loading and JIT
  if (first.ok) chars = [...first.document.text].length;
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

export async function run(): Promise<void> {
  const files = readdirSync(SAMPLES)
    .filter((f) => !f.startsWith('.'))
    .sort();
  const rows: string[][] = [['file', 'format', 'chars', 'median', 'per 20k chars', 'pdftotext', 'ratio', 'target']];
  for (const file of files) {
    const path = join(SAMPLES, file);
    const bytes = new Uint8Array(readFileSync(path));
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
        ratio === null ? 'n/a' : ratio <= 3 ? 'ok (≤ 3×)' : 'MISSED (≤ 3×)',
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
