/**
 * Mutation fuzzing of the importer, shared by the unit test (fixed seed, a few
 * hundred mutations) and `npm run fuzz` (any seed, any count). Every mutant must
 * come back as data (never a throw), within the time budget, with no internal
 * error, and — for the formats that carry checksums (DOCX, PDF) — never with
 * changed text and no warning.
 */
import type { ImportResult } from '../model/document';
import { importFile } from './index';

export interface FuzzSample {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzFinding {
  sample: string;
  mutation: string;
  problem: string;
}

export interface FuzzReport {
  runs: number;
  /** Mutants imported without a warning, imported with one, refused with an error. */
  imported: number;
  warned: number;
  refused: number;
  slowestMs: number;
  findings: FuzzFinding[];
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same mutants everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutator = (b: Uint8Array, r: () => number) => { bytes: Uint8Array; what: string };
const at = (b: Uint8Array, r: () => number) => Math.floor(r() * b.length);

const MUTATORS: Mutator[] = [
  (b, r) => {
    const c = b.slice();
    const i = at(b, r);
    const bit = Math.floor(r() * 8);
    c[i] = c[i]! ^ (1 << bit);
    return { bytes: c, what: `flip bit ${bit} of byte ${i}` };
  },
  (b, r) => {
    const c = b.slice();
    const n = 2 + Math.floor(r() * 30);
    for (let k = 0; k < n; k++) c[at(b, r)] = Math.floor(r() * 256);
    return { bytes: c, what: `overwrite ${n} random bytes` };
  },
  (b, r) => {
    const n = Math.max(1, Math.floor(r() * b.length));
    return { bytes: b.slice(0, n), what: `truncate to ${n} bytes` };
  },
  (b, r) => {
    const i = at(b, r);
    const len = Math.min(b.length - i, 1 + Math.floor(r() * 4096));
    const c = new Uint8Array(b.length - len);
    c.set(b.subarray(0, i));
    c.set(b.subarray(i + len), i);
    return { bytes: c, what: `delete ${len} bytes at ${i}` };
  },
  (b, r) => {
    const i = at(b, r);
    const len = 1 + Math.floor(r() * 64);
    const c = new Uint8Array(b.length + len);
    c.set(b.subarray(0, i));
    for (let k = 0; k < len; k++) c[i + k] = Math.floor(r() * 256);
    c.set(b.subarray(i), i + len);
    return { bytes: c, what: `insert ${len} random bytes at ${i}` };
  },
  (b, r) => {
    const i = at(b, r);
    const len = Math.min(b.length - i, 1 + Math.floor(r() * 2048));
    const times = 2 + Math.floor(r() * 50);
    const c = new Uint8Array(b.length + len * times);
    c.set(b.subarray(0, i + len));
    for (let k = 1; k <= times; k++) c.set(b.subarray(i, i + len), i + len * k);
    c.set(b.subarray(i + len), i + len * (times + 1));
    return { bytes: c, what: `repeat ${len} bytes at ${i} ${times} times` };
  },
];

/** Formats whose containers carry checksums: a change of text there must never be silent. */
function hasChecksums(name: string): boolean {
  return /\.(docx|pdf)$/i.test(name);
}

function textOf(r: ImportResult): string | null {
  return r.ok ? r.document.text : null;
}

export async function runFuzz(options: {
  samples: FuzzSample[];
  seed: number;
  count: number;
  budgetMs: number;
  importOptions?: Parameters<typeof importFile>[2];
  onProgress?: (done: number, finding?: FuzzFinding) => void;
}): Promise<FuzzReport> {
  const r = prng(options.seed);
  const report: FuzzReport = { runs: 0, imported: 0, warned: 0, refused: 0, slowestMs: 0, findings: [] };
  const originals = new Map<string, string | null>();
  for (const s of options.samples)
    originals.set(s.name, textOf(await importFile(s.bytes, s.name, options.importOptions)));
  for (let i = 0; i < options.count; i++) {
    const sample = options.samples[i % options.samples.length]!;
    const mutator = MUTATORS[Math.floor(r() * MUTATORS.length)]!;
    const { bytes, what } = mutator(sample.bytes, r);
    const find = (problem: string) => {
      const f = { sample: sample.name, mutation: what, problem };
      report.findings.push(f);
      options.onProgress?.(i + 1, f);
    };
    const t0 = performance.now();
    let result: ImportResult;
    try {
      result = await importFile(bytes, sample.name, options.importOptions);
    } catch (e) {
      find(`threw: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    } finally {
      report.runs++;
    }
    const ms = performance.now() - t0;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (ms > options.budgetMs) find(`took ${Math.round(ms)} ms, over the ${options.budgetMs} ms budget`);
    if (!result.ok) {
      report.refused++;
      if (result.error.code === 'internal') find(`internal error: ${result.error.message}`);
      if (!result.error.message.includes(sample.name)) find(`error does not name the file: ${result.error.message}`);
    } else if (result.document.warnings.length > 0) report.warned++;
    else {
      report.imported++;
      if (hasChecksums(sample.name) && result.document.text !== originals.get(sample.name)) {
        find('imported changed text without a warning');
      }
    }
    options.onProgress?.(i + 1);
  }
  return report;
}
