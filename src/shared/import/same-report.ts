/**
 * The same report in another file: a page, its PDF and its Word attachment, or
 * a mirror, differ by page furniture, line breaks and a few characters, so an
 * exact text hash misses them. Their MinHash fingerprints (character shingles
 * of the letters and digits) agree closely; two different reports of one
 * government and year share phrases but not most of their text.
 */
import { estimateJaccard, lshKeys, minhashText } from '../text/minhash';

/** Estimated Jaccard similarity from which two documents count as the same report. */
export const SAME_REPORT_THRESHOLD = 0.8;

/** The fingerprint of a document text (use the simplified text of a traditional document). */
export function reportFingerprint(text: string): number[] {
  return Array.from(minhashText(text));
}

/** Index keys of a fingerprint: documents sharing a key are candidates for the same report. */
export function fingerprintKeys(fingerprint: readonly number[]): string[] {
  return fingerprint.length ? lshKeys(fingerprint, 16) : [];
}

/** Similarity of two fingerprints, 0–1 (0 when either is missing). */
export function fingerprintSimilarity(a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined): number {
  return a && b ? estimateJaccard(a, b) : 0;
}

/** The candidate that is the same report as `fingerprint` (the most similar at or above the threshold), or null. */
export function findSameReport<T extends { fingerprint?: ArrayLike<number> | null }>(
  fingerprint: ArrayLike<number>,
  candidates: readonly T[],
): { match: T; similarity: number } | null {
  let best: { match: T; similarity: number } | null = null;
  for (const c of candidates) {
    const similarity = fingerprintSimilarity(fingerprint, c.fingerprint ?? undefined);
    if (similarity >= SAME_REPORT_THRESHOLD && (!best || similarity > best.similarity)) best = { match: c, similarity };
  }
  return best;
}

/** FNV-1a over a string's UTF-16 units from a seed (two seeds give a 64-bit key). */
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A fingerprint's index keys within one project: each band key hashed with the
 * project's id into 64 bits (about 13 characters instead of 60), so an index
 * lookup only ever meets the project's own documents and writes short keys. A
 * hash collision only adds a candidate, which the fingerprint comparison rejects.
 */
export function projectBandKeys(projectId: string, fingerprint: readonly number[]): string[] {
  return fingerprintKeys(fingerprint).map((band) => {
    const s = `${projectId}\u0000${band}`;
    return fnv1a(s, 0x811c9dc5).toString(36) + '.' + fnv1a(s, 0x9747b28c).toString(36);
  });
}
