/**
 * Copied passages: passages that two texts share almost verbatim, at least
 * `minChars` folded characters long (characters other than punctuation and
 * spaces), found with character shingles and winnowing (see text/shingles.ts):
 *
 * 1. every text is folded, shingled and winnowed into fingerprints;
 * 2. the fingerprints are sorted by hash; a hash found in more than `maxReports`
 *    texts is boilerplate (the outline's headings, the formulas every report
 *    quotes) and marks its stretch of each text as such; a hash found in 2 to
 *    `maxReports` texts seeds a match between each two of them;
 * 3. each seed is extended in both directions over equal characters, stepping
 *    over a few changed, added or dropped characters, never into boilerplate.
 *
 * Pure and synchronous; a caller off the UI thread gets progress through
 * `onProgress` and cancels by ending its worker. Offsets in the result are
 * code points into the texts given, end exclusive.
 */
import { fold, shingleHashes, winnow, type Folded } from '../text/shingles';

export interface ReuseText {
  id: string;
  text: string;
}

export interface ReuseOptions {
  /** Shortest passage reported, in folded characters. Default 50. */
  minChars?: number;
  /** A shingle found in more than this many texts is boilerplate. Default: see defaultMaxReports. */
  maxReports?: number;
  onProgress?: (p: ReuseProgress) => void;
}

export interface ReuseProgress {
  phase: 'fingerprints' | 'index' | 'align' | 'plans';
  done: number;
  total: number;
}

export interface SharedPassage {
  a: string;
  b: string;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Folded characters of the passage in `a`. */
  chars: number;
}

export interface ReuseResult {
  passages: SharedPassage[];
  /** Folded length of each text, by id (the denominator of its share). */
  foldedLength: Map<string, number>;
  /** Per text, its folded characters found in at least one other text. */
  covered: Map<string, number>;
  /** Per text, per other text, the folded characters they share. */
  sharedWith: Map<string, Map<string, number>>;
  maxReports: number;
  minChars: number;
}

/** Boilerplate threshold when none is given: more than 5% of the texts, and never 2 or fewer. */
export function defaultMaxReports(texts: number): number {
  return Math.max(2, Math.ceil(texts * 0.05));
}

const K = 12;
const MAX_W = 32;

export function findSharedPassages(texts: readonly ReuseText[], options: ReuseOptions = {}): ReuseResult {
  const minChars = Math.max(4, Math.floor(options.minChars ?? 50));
  const maxReports = Math.max(2, Math.floor(options.maxReports ?? defaultMaxReports(texts.length)));
  const k = Math.min(K, minChars);
  const w = Math.max(1, Math.min(MAX_W, minChars - k + 1));
  const progress = options.onProgress ?? (() => {});
  const n = texts.length;

  // 1. Fingerprints, in text order: fpStart[d]..fpStart[d+1] are text d's, by position.
  const fpHash: number[] = [];
  const fpPos: number[] = [];
  const fpStart = new Int32Array(n + 1);
  const foldedLength = new Map<string, number>();
  for (let d = 0; d < n; d++) {
    const f = fold(texts[d]!.text);
    foldedLength.set(texts[d]!.id, f.length);
    const hashes = shingleHashes(f.chars, k);
    for (const p of winnow(hashes, w)) {
      fpHash.push(hashes[p]!);
      fpPos.push(p);
    }
    fpStart[d + 1] = fpHash.length;
    if (d % 50 === 49 || d === n - 1) progress({ phase: 'fingerprints', done: d + 1, total: n });
  }
  const total = fpHash.length;
  const fpDoc = new Int32Array(total);
  for (let d = 0; d < n; d++) fpDoc.fill(d, fpStart[d]!, fpStart[d + 1]!);
  const hashes = Uint32Array.from(fpHash);

  // 2. Sort by hash; runs of one hash give boilerplate or seeds.
  const order = sortByKey(hashes);
  const boiler = new Uint8Array(total);
  const seeds = new Map<number, number[]>();
  const docsInRun: number[] = [];
  for (let r = 0; r < total;) {
    let e = r + 1;
    while (e < total && hashes[order[e]!] === hashes[order[r]!]) e++;
    if (e - r > 1) {
      docsInRun.length = 0;
      for (let i = r; i < e; i++) {
        const d = fpDoc[order[i]!]!;
        if (!docsInRun.includes(d)) docsInRun.push(d);
        if (docsInRun.length > maxReports) break;
      }
      if (docsInRun.length > maxReports) {
        for (let i = r; i < e; i++) boiler[order[i]!] = 1;
      } else if (docsInRun.length > 1) {
        for (let i = r; i < e; i++) {
          for (let j = i + 1; j < e; j++) {
            let x = order[i]!;
            let y = order[j]!;
            if (fpDoc[x] === fpDoc[y]) continue;
            if (fpDoc[x]! > fpDoc[y]!) [x, y] = [y, x];
            const key = fpDoc[x]! * n + fpDoc[y]!;
            const list = seeds.get(key);
            if (list) list.push(fpPos[x]!, fpPos[y]!);
            else seeds.set(key, [fpPos[x]!, fpPos[y]!]);
          }
        }
      }
    }
    r = e;
  }
  progress({ phase: 'index', done: 1, total: 1 });

  // 3. Extend the seeds of each pair of texts, a text's folding kept while its pairs are done.
  const pairKeys = [...seeds.keys()].sort((x, y) => x - y);
  const cache = new FoldCache(texts, fpStart, fpPos, boiler, k, w);
  const passages: SharedPassage[] = [];
  const coveredSpans = new Map<number, [number, number][]>();
  const sharedWith = new Map<string, Map<string, number>>();
  const addCover = (d: number, s: number, e: number): void => {
    const list = coveredSpans.get(d);
    if (list) list.push([s, e]);
    else coveredSpans.set(d, [[s, e]]);
  };
  for (let p = 0; p < pairKeys.length; p++) {
    const key = pairKeys[p]!;
    const da = Math.floor(key / n);
    const db = key % n;
    const A = cache.get(da);
    const B = cache.get(db);
    const list = seeds.get(key)!;
    const found: [number, number, number, number][] = [];
    const pairs: [number, number][] = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
    pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const [i, j] of pairs) {
      if (found.some(([as, ae, bs, be]) => i >= as && i < ae && j >= bs && j < be)) continue;
      if (!equalRun(A, B, i, j, k)) continue; // a hash collision, not a match
      const m = extend(A, B, i, j, k);
      if (m[1] - m[0] >= minChars && m[3] - m[2] >= minChars) found.push(m);
    }
    for (const [as, ae, bs, be] of found) {
      const ta = texts[da]!.id;
      const tb = texts[db]!.id;
      passages.push({
        a: ta,
        b: tb,
        aStart: A.folded.pos[as]!,
        aEnd: A.folded.pos[ae - 1]! + 1,
        bStart: B.folded.pos[bs]!,
        bEnd: B.folded.pos[be - 1]! + 1,
        chars: ae - as,
      });
      addCover(da, as, ae);
      addCover(db, bs, be);
      bump(sharedWith, ta, tb, ae - as);
      bump(sharedWith, tb, ta, be - bs);
    }
    if (p % 200 === 199 || p === pairKeys.length - 1) progress({ phase: 'align', done: p + 1, total: pairKeys.length });
  }
  const covered = new Map<string, number>();
  for (const [d, spans] of coveredSpans) covered.set(texts[d]!.id, unionLength(spans));
  return { passages, foldedLength, covered, sharedWith, maxReports, minChars };
}

function bump(m: Map<string, Map<string, number>>, a: string, b: string, n: number): void {
  let inner = m.get(a);
  if (!inner) m.set(a, (inner = new Map()));
  inner.set(b, (inner.get(b) ?? 0) + n);
}

function unionLength(spans: [number, number][]): number {
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let s = -1;
  let e = -1;
  for (const [a, b] of spans) {
    if (a > e) {
      total += e - s;
      s = a;
      e = b;
    } else if (b > e) e = b;
  }
  return total + (e - s);
}

/** Indices of `keys` in ascending key order (LSD radix sort, two 16-bit passes). */
function sortByKey(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let src = new Uint32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  let dst = new Uint32Array(n);
  for (const shift of [0, 16]) {
    const count = new Uint32Array(65537);
    for (let i = 0; i < n; i++) count[((keys[src[i]!]! >>> shift) & 0xffff) + 1]!++;
    for (let b = 0; b < 65536; b++) count[b + 1]! += count[b]!;
    for (let i = 0; i < n; i++) dst[count[(keys[src[i]!]! >>> shift) & 0xffff]!++] = src[i]!;
    [src, dst] = [dst, src];
  }
  return src;
}

interface Prepared {
  folded: Folded;
  /** 1 where the folded character lies in boilerplate. */
  mask: Uint8Array;
}

/** Folds texts on demand and keeps the most recent ones (a pair list is sorted by its first text). */
class FoldCache {
  private readonly entries = new Map<number, Prepared>();
  constructor(
    private readonly texts: readonly ReuseText[],
    private readonly fpStart: Int32Array,
    private readonly fpPos: readonly number[],
    private readonly boiler: Uint8Array,
    private readonly k: number,
    private readonly w: number,
  ) {}

  get(d: number): Prepared {
    const hit = this.entries.get(d);
    if (hit) {
      this.entries.delete(d);
      this.entries.set(d, hit);
      return hit;
    }
    const folded = fold(this.texts[d]!.text);
    const mask = new Uint8Array(folded.length);
    // A boilerplate fingerprint covers its shingle; two in a row within a window cover the stretch between them.
    let prev = -1;
    for (let f = this.fpStart[d]!; f < this.fpStart[d + 1]!; f++) {
      const p = this.fpPos[f]!;
      if (!this.boiler[f]) {
        prev = -1;
        continue;
      }
      const from = prev >= 0 && p - prev <= this.w ? prev : p;
      mask.fill(1, from, Math.min(folded.length, p + this.k));
      prev = p;
    }
    const entry = { folded, mask };
    this.entries.set(d, entry);
    if (this.entries.size > 64) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}

function same(A: Prepared, B: Prepared, i: number, j: number): boolean {
  return A.folded.chars[i] === B.folded.chars[j] && !A.mask[i] && !B.mask[j];
}

function equalRun(A: Prepared, B: Prepared, i: number, j: number, len: number): boolean {
  if (i + len > A.folded.length || j + len > B.folded.length) return false;
  for (let t = 0; t < len; t++) if (!same(A, B, i + t, j + t)) return false;
  return true;
}

/** After a difference, this many equal characters must follow for the match to go on. */
const RESYNC = 8;
/** Steps over a difference: a changed character or two, one or two added or dropped. */
const STEPS: readonly [number, number][] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 2],
  [2, 0],
  [0, 2],
  [2, 1],
  [1, 2],
];

/** Extends the equal run at (i, j) of length k both ways: [aStart, aEnd, bStart, bEnd) in folded characters. */
function extend(A: Prepared, B: Prepared, i: number, j: number, k: number): [number, number, number, number] {
  // Rightwards.
  let ae = i + k;
  let be = j + k;
  for (;;) {
    while (ae < A.folded.length && be < B.folded.length && same(A, B, ae, be)) {
      ae++;
      be++;
    }
    const step = STEPS.find(([da, db]) => equalRun(A, B, ae + da, be + db, RESYNC));
    if (!step) break;
    ae += step[0];
    be += step[1];
  }
  // Leftwards.
  let as = i;
  let bs = j;
  for (;;) {
    while (as > 0 && bs > 0 && same(A, B, as - 1, bs - 1)) {
      as--;
      bs--;
    }
    const step = STEPS.find(
      ([da, db]) =>
        as - da - RESYNC >= 0 && bs - db - RESYNC >= 0 && equalRun(A, B, as - da - RESYNC, bs - db - RESYNC, RESYNC),
    );
    if (!step) break;
    as -= step[0];
    bs -= step[1];
  }
  return [as, ae, bs, be];
}
