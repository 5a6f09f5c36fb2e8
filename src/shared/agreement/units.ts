/**
 * From codings to reliability data, at the unit the researcher picks. For each
 * code, every unit gets one value per coder: present (the coder applied the code
 * somewhere in the unit) or absent. Units:
 *
 * - document, paragraph, sentence: the code is present when a coding overlaps the unit;
 * - character: each code point is a unit (counted by stretches, never one by one);
 * - overlap (MAXQDA's rule): each coded segment is a unit; another coder agrees
 *   when one of their segments with the same code overlaps it by at least the
 *   threshold, measured as the shared length over the joint length.
 *
 * Only the chosen coders count; every chosen coder is taken to have read every
 * chosen document (a coder who coded nothing there says "absent" throughout).
 */
import type { Span } from '../model/document';

export type AgreementUnit = 'document' | 'paragraph' | 'sentence' | 'character' | 'overlap';
export const AGREEMENT_UNITS: readonly AgreementUnit[] = ['document', 'paragraph', 'sentence', 'character', 'overlap'];

export interface AgreementDocument {
  id: string;
  /** Length in code points. */
  length: number;
  paragraphs?: readonly Span[];
  sentences?: readonly Span[];
}

export interface AgreementCoding {
  docId: string;
  coder: string;
  codeId: string;
  start: number;
  end: number;
}

/** Units by mask of the coders present (bit c for coder c), per code, and the number of units. */
export interface MaskCounts {
  units: number;
  byCode: Map<string, Map<number, number>>;
}

const add = (m: Map<number, number>, mask: number, n: number): void => {
  m.set(mask, (m.get(mask) ?? 0) + n);
};

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

function spanUnits(doc: AgreementDocument, unit: 'paragraph' | 'sentence'): readonly Span[] {
  const spans = unit === 'sentence' ? doc.sentences : doc.paragraphs;
  if (spans && spans.length > 0) return [...spans].sort((a, b) => a.start - b.start);
  // A document without sentence or paragraph spans is one unit rather than none: its codings still count.
  return [{ start: 0, end: doc.length }];
}

function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts for the document, paragraph, sentence and character units. */
export function maskCounts(
  unit: Exclude<AgreementUnit, 'overlap'>,
  documents: readonly AgreementDocument[],
  codings: readonly AgreementCoding[],
  coders: readonly string[],
  codeIds: readonly string[],
): MaskCounts {
  const bit = new Map(coders.map((c, i) => [c, 1 << i]));
  const wanted = new Set(codeIds);
  const byCode = new Map(codeIds.map((id) => [id, new Map<number, number>()]));
  const byDoc = groupBy(
    codings.filter((c) => bit.has(c.coder) && wanted.has(c.codeId) && c.end > c.start),
    (c) => c.docId,
  );
  let units = 0;
  for (const doc of documents) {
    const base = units;
    const docCodings = byDoc.get(doc.id) ?? [];
    if (unit === 'document') {
      units += 1;
      for (const [codeId, list] of groupBy(docCodings, (c) => c.codeId)) {
        let mask = 0;
        for (const c of list) mask |= bit.get(c.coder)!;
        add(byCode.get(codeId)!, mask, 1);
      }
    } else if (unit === 'character') {
      units += doc.length;
      for (const [codeId, list] of groupBy(docCodings, (c) => c.codeId))
        sweepCharacters(list, bit, doc.length, byCode.get(codeId)!);
    } else {
      const spans = spanUnits(doc, unit);
      units += spans.length;
      for (const [codeId, list] of groupBy(docCodings, (c) => c.codeId)) {
        const masks = new Map<number, number>();
        for (const c of list) {
          for (let k = firstEndingAfter(spans, c.start); k < spans.length && spans[k]!.start < c.end; k++)
            masks.set(base + k, (masks.get(base + k) ?? 0) | bit.get(c.coder)!);
        }
        const counts = byCode.get(codeId)!;
        for (const mask of masks.values()) add(counts, mask, 1);
      }
    }
  }
  return { units, byCode };
}

/** Adds, per mask of coders, the number of code points of one document they cover (mutates `into`). */
function sweepCharacters(
  list: readonly AgreementCoding[],
  bit: ReadonlyMap<string, number>,
  length: number,
  into: Map<number, number>,
): void {
  const events: [number, number, 1 | -1][] = [];
  for (const c of list) {
    const start = Math.max(0, c.start);
    const end = Math.min(length, c.end);
    if (end > start) events.push([start, bit.get(c.coder)!, 1], [end, bit.get(c.coder)!, -1]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const depth = new Map<number, number>();
  let mask = 0;
  let prev = 0;
  for (const [at, b, delta] of events) {
    if (at > prev && mask !== 0) add(into, mask, at - prev);
    prev = at;
    const d = (depth.get(b) ?? 0) + delta;
    depth.set(b, d);
    mask = d > 0 ? mask | b : mask & ~b;
  }
}

/** MAXQDA's segment rule: one unit per coded segment; masks per code (no unit is absent for everyone). */
export function overlapCounts(
  codings: readonly AgreementCoding[],
  coders: readonly string[],
  codeIds: readonly string[],
  threshold: number,
): MaskCounts {
  const index = new Map(coders.map((c, i) => [c, i]));
  const wanted = new Set(codeIds);
  const byCode = new Map(codeIds.map((id) => [id, new Map<number, number>()]));
  let units = 0;
  const groups = groupBy(
    codings.filter((c) => index.has(c.coder) && wanted.has(c.codeId) && c.end > c.start),
    (c) => `${c.codeId}\u0000${c.docId}`,
  );
  for (const list of groups.values()) {
    const counts = byCode.get(list[0]!.codeId)!;
    const byCoder = coders.map((coder) => list.filter((c) => c.coder === coder));
    for (const seg of list) {
      let mask = 1 << index.get(seg.coder)!;
      byCoder.forEach((theirs, k) => {
        if (coders[k] === seg.coder) return;
        for (const other of theirs) {
          const shared = Math.min(seg.end, other.end) - Math.max(seg.start, other.start);
          if (shared <= 0) continue;
          const joint = Math.max(seg.end, other.end) - Math.min(seg.start, other.start);
          if (shared / joint >= threshold) {
            mask |= 1 << k;
            return;
          }
        }
      });
      add(counts, mask, 1);
      units++;
    }
  }
  return { units, byCode };
}
