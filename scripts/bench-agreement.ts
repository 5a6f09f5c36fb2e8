/**
 * Agreement and merge benchmark (issue #12). Agreement: 300 reports of ~20,000
 * characters, 3 coders with 10,000 codings each (the second and third coder
 * follow the first most of the time, as real coders do), at the sentence and the
 * character unit; targets 2 s and 5 s. Merge: a coder's .fazhi file with 100,000
 * codings read and merged into the project, then merged again (nothing new);
 * target 5 s each.
 */
import { computeAgreement, type AgreementCoding } from '../src/shared/agreement';
import { createBackup } from '../src/shared/backup/create-backup';
import { restoreBackup } from '../src/shared/backup/restore-backup';
import { unzipBounded } from '../src/shared/zip/bounded-unzip';
import { applyMerge, mergeSnapshot } from '../src/shared/project/merge';
import { syntheticSnapshot } from './bench-export';
import { OffsetMap } from '../src/shared/text/codepoints';
import { loadavg } from 'node:os';

const CODERS = ['甲', '乙', '丙'];
const PER_CODER = 10_000;

/** A small deterministic generator (mulberry32), so every run codes the same. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let lastCpu = 0;
/** Wall time in seconds; the process's CPU time (all threads, GC included) is kept for `line`. */
function time<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = f();
  const c = process.cpuUsage(c0);
  lastCpu = (c.user + c.system) / 1e6;
  return [r, (performance.now() - t0) / 1000];
}

/** The figure, and the CPU time beside it: on a loaded machine the wall time says more about the others. */
function line(what: string, seconds: number, target: number): void {
  console.log(
    `${what.padEnd(58)} ${seconds.toFixed(2)} s  (target ≤ ${target} s) ${seconds <= target ? 'ok' : 'OVER'}  cpu ${lastCpu.toFixed(2)} s, load ${loadavg()[0]!.toFixed(1)}`,
  );
}

/** How much JSON the file holds (project.json unzipped). */
function projectJsonBytes(file: Uint8Array): number {
  const z = unzipBounded(file, { maxTotalBytes: 2 ** 31, maxRatio: 1000 }, (n) => n === 'project.json');
  return z.ok ? (z.files.get('project.json')?.length ?? 0) : 0;
}

export async function run(): Promise<void> {
  const snapshot = syntheticSnapshot();
  const rnd = random(12);
  const docs = snapshot.contents.map((c) => ({
    id: c.docId,
    length: snapshot.documents.find((d) => d.id === c.docId)!.length,
    sentences: c.sentences,
    paragraphs: c.paragraphs,
  }));
  const codes = snapshot.codes.map((c) => c.id);
  const first: AgreementCoding[] = [];
  for (let i = 0; i < PER_CODER; i++) {
    const doc = docs[Math.floor(rnd() * docs.length)]!;
    const s = doc.sentences[Math.floor(rnd() * doc.sentences.length)]!;
    const end =
      doc.sentences[Math.min(doc.sentences.length - 1, doc.sentences.indexOf(s) + Math.floor(rnd() * 3))]!.end;
    first.push({
      docId: doc.id,
      coder: CODERS[0]!,
      codeId: codes[Math.floor(rnd() * codes.length)]!,
      start: s.start,
      end,
    });
  }
  const codings = [...first];
  for (const coder of CODERS.slice(1)) {
    for (const c of first) {
      if (rnd() < 0.75) {
        // The same passage with the boundaries moved a little, sometimes under another code.
        const start = Math.max(0, c.start + Math.floor(rnd() * 11) - 5);
        const end = Math.max(start + 1, c.end + Math.floor(rnd() * 11) - 5);
        const codeId = rnd() < 0.9 ? c.codeId : codes[Math.floor(rnd() * codes.length)]!;
        codings.push({ ...c, coder, codeId, start, end });
      } else {
        const doc = docs[Math.floor(rnd() * docs.length)]!;
        const s = doc.sentences[Math.floor(rnd() * doc.sentences.length)]!;
        codings.push({
          docId: doc.id,
          coder,
          codeId: codes[Math.floor(rnd() * codes.length)]!,
          start: s.start,
          end: s.end,
        });
      }
    }
  }
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  const chars = docs.reduce((n, d) => n + d.length, 0);
  console.log(
    `${docs.length} reports, ${sentences} sentences, ${chars} code points, ${codes.length} codes, ${CODERS.length} coders × ${PER_CODER} codings`,
  );
  const [bySentence, ts] = time(() => computeAgreement({ documents: docs, codings, coders: CODERS, unit: 'sentence' }));
  line('agreement, sentence unit (all codes + overall)', ts, 2);
  console.log(`  overall Krippendorff's α ${bySentence.overall.figures.krippendorff_alpha!.value!.toFixed(3)}`);
  const [byChar, tc] = time(() => computeAgreement({ documents: docs, codings, coders: CODERS, unit: 'character' }));
  line('agreement, character unit (with uα per code, uα and cuα)', tc, 5);
  console.log(
    `  overall α ${byChar.overall.figures.krippendorff_alpha!.value!.toFixed(3)}, uα ${byChar.overall.figures.krippendorff_u_alpha!.value!.toFixed(3)}, cuα ${byChar.overall.figures.krippendorff_cu_alpha!.value!.toFixed(3)}`,
  );
  const [, to] = time(() => computeAgreement({ documents: docs, codings, coders: CODERS, unit: 'overlap' }));
  line('agreement, segments overlapping ≥ 90%', to, 2);

  // Merge: the project without codings, and a coder's file holding all 100,000 — with their quotes,
  // as a coder's file has them (the export bench's project leaves them empty; they are 30 MB of JSON).
  const maps = new Map(snapshot.contents.map((c) => [c.docId, new OffsetMap(c.text)]));
  for (const a of snapshot.annotations) a.quote = maps.get(a.docId)!.slice(a.start, a.end);
  const base = { ...snapshot, annotations: [] };
  const file = createBackup(snapshot, { appVersion: 'bench', now: new Date().toISOString() });
  console.log(
    `coder's file: ${snapshot.annotations.length} codings, ${(file.length / 1e6).toFixed(1)} MB (${(projectJsonBytes(file) / 1e6).toFixed(0)} MB of JSON inside)`,
  );
  const [merged, tm] = time(() => {
    const r = restoreBackup(file, 'coder.fazhi');
    if (!r.ok) throw new Error(r.error.message);
    const { changes, report } = mergeSnapshot(base, r.snapshot, { fileName: 'coder.fazhi' });
    return { snapshot: applyMerge(base, changes, new Date().toISOString()), report };
  });
  line(`merge (read the file + merge), ${merged.report.annotations.added} codings added`, tm, 5);
  const [again, tr] = time(() => {
    const r = restoreBackup(file, 'coder.fazhi');
    if (!r.ok) throw new Error(r.error.message);
    return mergeSnapshot(merged.snapshot, r.snapshot, { fileName: 'coder.fazhi' }).report;
  });
  line(`merge the same file again, ${again.annotations.alreadyPresent} already there`, tr, 5);
}
