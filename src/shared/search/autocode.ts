/**
 * Planning an autocoding: which segments to create for a code from search hits,
 * each hit as it is or widened to its sentence or paragraph (± n units). Hits that
 * widen to the same or overlapping units become one segment, and a segment that
 * the code already has (same document, start and end) is left out.
 */
import type { Span } from '../model/document';
import { paragraphSpans, sentenceSpans, widen } from './units';

export type AutocodeUnit = 'hit' | 'sentence' | 'paragraph';

export interface AutocodeOptions {
  unit: AutocodeUnit;
  /** Units added on each side (sentence or paragraph only). */
  n?: number;
  /** Sentences also end at ；：. */
  semicolons?: boolean;
}

export interface AutocodeDocument {
  docId: string;
  text: string;
  paragraphs?: readonly Span[];
  hits: readonly Span[];
}

export interface PlannedSegment extends Span {
  docId: string;
  /** How many hits this segment covers. */
  hits: number;
}

export interface AutocodePlan {
  segments: PlannedSegment[];
  /** Segments left out because the code already has exactly that range. */
  existing: number;
}

/** The segments one document's hits give (sorted, overlapping units merged). */
export function segmentsFor(doc: AutocodeDocument, opts: AutocodeOptions): PlannedSegment[] {
  const hits = [...doc.hits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (opts.unit === 'hit') {
    const out: PlannedSegment[] = [];
    for (const h of hits) {
      const last = out[out.length - 1];
      if (last && last.start === h.start && last.end === h.end) last.hits++;
      else out.push({ docId: doc.docId, start: h.start, end: h.end, hits: 1 });
    }
    return out;
  }
  const units =
    opts.unit === 'paragraph'
      ? doc.paragraphs
        ? [...doc.paragraphs]
        : paragraphSpans(doc.text)
      : sentenceSpans(doc.text, { semicolons: opts.semicolons ?? false });
  const out: PlannedSegment[] = [];
  for (const h of hits) {
    const w = widen(h, units, Math.max(0, Math.floor(opts.n ?? 0)));
    const last = out[out.length - 1];
    if (last && w.start < last.end) {
      last.end = Math.max(last.end, w.end);
      last.hits++;
    } else out.push({ docId: doc.docId, start: w.start, end: w.end, hits: 1 });
  }
  return out;
}

/**
 * The plan for a set of documents. `existing` lists the code's current segments
 * (any documents); identical ranges are not planned again.
 */
export function planAutocode(
  docs: Iterable<AutocodeDocument>,
  opts: AutocodeOptions,
  existing: Iterable<Span & { docId: string }>,
): AutocodePlan {
  const have = new Set<string>();
  for (const e of existing) have.add(`${e.docId}\u0000${e.start}\u0000${e.end}`);
  const segments: PlannedSegment[] = [];
  let skipped = 0;
  for (const d of docs) {
    for (const s of segmentsFor(d, opts)) {
      if (have.has(`${s.docId}\u0000${s.start}\u0000${s.end}`)) skipped++;
      else segments.push(s);
    }
  }
  return { segments, existing: skipped };
}
