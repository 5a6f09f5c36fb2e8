/**
 * MinHash fingerprints of texts: a short signature whose agreement with another
 * signature estimates the Jaccard similarity of the two texts' character
 * shingles. Used to recognise the same report saved in another format or on a
 * mirror (texts differing by a few characters), and reusable for any "how much
 * of A is in B" question (copied passages). Pure and deterministic: the same
 * text gives the same signature in Node, the browser and a worker.
 *
 * Shingles are runs of `size` code points (never UTF-16 units, so 𠵾 is one
 * character). `comparable()` keeps only letters and digits (NFKC-folded), so
 * line breaks, spaces and ASCII versus full-width punctuation do not count.
 */

export interface MinHashOptions {
  /** Signature length (number of hash functions); 64 by default. */
  hashes?: number;
  /** Shingle length in code points; 5 by default. */
  size?: number;
  /** Seed of the hash family: signatures compare only when made with the same seed and length. */
  seed?: number;
}

const DEFAULTS = { hashes: 64, size: 5, seed: 0x9e3779b9 };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a code point is a letter or digit; the common ranges first (a regex per character is slow). */
function keep(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xff0f) || (cp >= 0x2000 && cp <= 0x206f)) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** The letters and digits of a text, NFKC-folded, as code points in a typed array (no string is built). */
export function comparableCodePoints(text: string): Int32Array {
  const t = text.normalize('NFKC');
  const out = new Int32Array(t.length);
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    let cp = t.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < t.length) {
      const lo = t.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (keep(cp)) out[n++] = cp;
  }
  return out.subarray(0, n);
}

/** The letters and digits of a text, NFKC-folded (full-width Ａ１ → A1): what fingerprints compare. */
export function comparable(text: string): string {
  const cps = comparableCodePoints(text);
  let out = '';
  // In chunks: a spread of a whole report's characters would overflow the argument stack.
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.subarray(i, i + 4096));
  return out;
}

/** 32-bit FNV-1a hash of each run of `size` code points (a sequence shorter than `size` gives one shingle). */
export function codePointShingles(cps: Int32Array, size = DEFAULTS.size): Uint32Array {
  if (cps.length === 0) return new Uint32Array(0);
  const n = Math.max(1, cps.length - size + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(cps.length, i + size);
    for (let j = i; j < end; j++) h = Math.imul(h ^ cps[j]!, 0x01000193);
    out[i] = h >>> 0;
  }
  return out;
}

/** 32-bit FNV-1a hash of each run of `size` code points of a string (a text shorter than `size` gives one shingle). */
export function shingleHashes(text: string, size = DEFAULTS.size): Uint32Array {
  const cps: number[] = [];
  for (const ch of text) cps.push(ch.codePointAt(0)!);
  return codePointShingles(Int32Array.from(cps), size);
}

/** A 32-bit integer mixer (murmur3 finaliser): spreads a value over all bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature of a set of 32-bit shingle hashes (duplicates do not matter),
 * by one-permutation hashing with rotation densification (Shrivastava & Li): each
 * shingle is hashed once and falls into one of `hashes` bins, each bin keeps its
 * minimum, an empty bin borrows from the next filled one. One pass over the
 * shingles, so a 20,000-character report costs well under a millisecond, where
 * k independent hash functions cost k passes.
 */
export function minhash(shingles: ArrayLike<number>, options: MinHashOptions = {}): Uint32Array {
  const k = options.hashes ?? DEFAULTS.hashes;
  const seed = options.seed ?? DEFAULTS.seed;
  const EMPTY = 0xffffffff;
  const sig = new Uint32Array(k).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const v = mix((shingles[s]! ^ seed) >>> 0);
    const bin = mix(v ^ 0x5bd1e995) % k;
    if (v < sig[bin]!) sig[bin] = v;
  }
  if (shingles.length === 0) return sig;
  // Densify: an empty bin takes the value of the next filled bin (cyclically), offset by the
  // distance, so two sets with the same filled bins densify alike.
  const filled = sig.slice();
  for (let i = 0; i < k; i++) {
    if (filled[i] !== EMPTY) continue;
    let j = (i + 1) % k;
    let d = 1;
    while (filled[j] === EMPTY) {
      j = (j + 1) % k;
      d++;
    }
    sig[i] = mix((filled[j]! + Math.imul(d, 0x9e3779b1)) >>> 0);
  }
  return sig;
}

/** The signature of a text: its comparable characters, shingled, min-hashed. */
export function minhashText(text: string, options: MinHashOptions = {}): Uint32Array {
  return minhash(codePointShingles(comparableCodePoints(text), options.size ?? DEFAULTS.size), options);
}

/** Estimated Jaccard similarity (0–1) of the shingle sets behind two signatures of equal length. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Locality-sensitive keys of a signature: `bands` strings, each from `rows`
 * consecutive values. Two signatures of similar texts share at least one key
 * with high probability (16 × 4 over 64 values: ≈ 99.8% at Jaccard 0.75, ≈ 12% at 0.3),
 * so an index on these keys finds candidates without comparing every pair.
 */
export function lshKeys(sig: ArrayLike<number>, bands = 16): string[] {
  const rows = Math.floor(sig.length / bands);
  const keys: string[] = [];
  for (let b = 0; b < bands && rows > 0; b++) {
    let part = `${b}:`;
    for (let r = 0; r < rows; r++) part += (sig[b * rows + r]! >>> 0).toString(36) + '.';
    keys.push(part);
  }
  return keys;
}
