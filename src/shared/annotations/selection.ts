/**
 * Turning what the user selected or clicked into a range worth coding.
 * Offsets are code points into the document text, end exclusive.
 */
import type { Span } from '../model/document';
import { OffsetMap } from '../text/codepoints';

/** Whitespace a coded range should not start or end with: JS `\s` covers U+3000, NBSP, newlines and BOM; ZWSP is added. */
const SPACE = /^[\s\u200b]$/u;

/**
 * Clamp a range to the text, snap fractional offsets outward to whole characters,
 * and trim surrounding whitespace. Null when nothing but whitespace remains.
 */
export function tidyRange(text: string | OffsetMap, start: number, end: number): Span | null {
  const map = typeof text === 'string' ? new OffsetMap(text) : text;
  let s = Math.max(0, Math.min(Math.floor(Math.min(start, end)), map.cpCount));
  let e = Math.max(0, Math.min(Math.ceil(Math.max(start, end)), map.cpCount));
  while (s < e && SPACE.test(map.slice(s, s + 1))) s++;
  while (e > s && SPACE.test(map.slice(e - 1, e))) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * A selection the editor reports in UTF-16 units, as whole characters in code points:
 * an end inside a surrogate pair takes in the whole character, then whitespace is trimmed.
 */
export function tidyUnitRange(map: OffsetMap, unitStart: number, unitEnd: number): Span | null {
  const lo = Math.min(unitStart, unitEnd);
  const hi = Math.max(unitStart, unitEnd);
  return tidyRange(map, map.toCodePoint(lo, 'floor'), map.toCodePoint(hi, 'ceil'));
}

/**
 * The span (from a sorted, non-overlapping list such as `sentences` or `paragraphs`)
 * that holds the caret at `offset`. A caret right at a span's end belongs to it
 * when no span starts there (the caret after the last character of a paragraph).
 */
export function spanAt(spans: readonly Span[], offset: number): Span | null {
  const found = lastStartingAtOrBefore(spans, offset);
  if (found < 0) return null;
  const span = spans[found]!;
  return offset < span.end || (offset === span.end && span.end > span.start) ? span : null;
}

/** Index of the last span starting at or before `offset`, or -1 (spans sorted by start). Binary search. */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function sentenceAt(content: { sentences: readonly Span[] }, offset: number): Span | null {
  return spanAt(content.sentences, offset);
}

export function paragraphAt(content: { paragraphs: readonly Span[] }, offset: number): Span | null {
  return spanAt(content.paragraphs, offset);
}
