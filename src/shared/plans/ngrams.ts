/**
 * Character n-gram similarity for Chinese text, without word segmentation:
 * a passage is the bag of its character bigrams (punctuation, spaces and digits
 * left out, full-width letters folded), weighted by inverse document frequency
 * over the passages being compared, and two passages are as alike as the cosine
 * of their vectors. Bigrams carry most of the meaning of two-character words,
 * which is what plan items and measures share ("行政执法", "复议").
 */

export type Vector = Map<string, number>;

/** Characters that carry no meaning for matching (punctuation, symbols, spaces, digits). */
const SKIP = /[\p{P}\p{S}\p{Z}\s\p{N}]/u;

/** The text folded for matching: full-width ASCII to ASCII, lower case, meaningless characters dropped. */
export function foldForMatching(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    let c = ch;
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xff01 && cp <= 0xff5e) c = String.fromCodePoint(cp - 0xfee0);
    if (SKIP.test(c)) continue;
    out.push(c.toLowerCase());
  }
  return out;
}

/** Bigram counts of a text (a one-character text gives its one character). */
export function bigrams(text: string): Map<string, number> {
  const chars = foldForMatching(text);
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** IDF weights over a pool of passages' bigram counts: log(1 + N / df). */
export function idfOf(pool: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of pool) for (const g of counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = pool.length;
  const idf = new Map<string, number>();
  for (const [g, d] of df) idf.set(g, Math.log(1 + n / d));
  return idf;
}

/** A unit-length TF-IDF vector (sublinear tf); unknown bigrams get the highest weight of the pool. */
export function vectorOf(counts: Map<string, number>, idf: Map<string, number>, unseen: number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [g, n] of counts) {
    const w = (1 + Math.log(n)) * (idf.get(g) ?? unseen);
    v.set(g, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [g, w] of v) v.set(g, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) {
    const other = large.get(g);
    if (other !== undefined) dot += w * other;
  }
  return dot;
}
