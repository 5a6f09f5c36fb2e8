/**
 * Sentences and paragraphs for search and autocoding, in code points.
 *
 * A Chinese sentence ends after 。！？ (and their half-width forms), optionally
 * after ；： too, with any closing quotes or brackets that follow; no space is
 * needed after the end mark. A line end always ends a sentence and a paragraph.
 */
import type { Span } from '../model/document';

export type Unit = 'sentence' | 'paragraph';

export interface UnitOptions {
  /** Also end sentences at ；： (and ; :). */
  semicolons?: boolean;
}

/** Character classes by UTF-16 unit, one lookup per character (a Set lookup per character was 10× slower). */
const END = 1;
const SEMI = 2;
const CLOSER = 4;
const SPACE = 8;
const CLASS = new Uint8Array(0x10000);
for (const [chars, k] of [
  ['。！？!?…', END],
  ['；：;:', SEMI],
  ['”’」』）)】》"\'〕', CLOSER],
  [' \t\u3000\r', SPACE],
] as const) {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = CLASS[ch.charCodeAt(0)]! | k;
}

const isSpace = (c: number) => (CLASS[c]! & SPACE) !== 0;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Sentence spans of `text` (code points, end exclusive); spaces between sentences
 * belong to none. One pass over UTF-16 units with a running code point count
 * (60 million characters in well under a second).
 */
export function sentenceSpans(text: string, opts: UnitOptions = {}): Span[] {
  const semi = opts.semicolons ?? false;
  const ends = semi ? END | SEMI : END;
  const isEnd = (c: number) => (CLASS[c]! & ends) !== 0;
  const spans: Span[] = [];
  const n = text.length;
  let cp = 0;
  let start = -1;
  /** Code point index of the last non-space character + 1 in the open sentence. */
  let lastSolid = -1;
  for (let i = 0; i < n; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (start >= 0 && lastSolid > start) spans.push({ start, end: lastSolid });
      start = -1;
      continue;
    }
    const wide = isHigh(c) && i + 1 < n;
    if (start < 0) {
      if (isSpace(c)) {
        if (wide) i++;
        continue;
      }
      start = cp;
    }
    if (wide) i++;
    if (!isSpace(c)) lastSolid = cp + 1;
    if (isEnd(c)) {
      // Further end marks and closing quotes or brackets belong to this sentence.
      while (i + 1 < n && (CLASS[text.charCodeAt(i + 1)]! & (ends | CLOSER)) !== 0) {
        i++;
        cp++;
      }
      spans.push({ start, end: cp + 1 });
      start = -1;
    }
  }
  if (start >= 0 && lastSolid > start) spans.push({ start, end: lastSolid });
  return spans;
}

/** Paragraph spans: the non-blank lines of `text`, without their leading and trailing spaces. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let cp = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i <= n; i++, cp++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      if (first >= 0) spans.push({ start: first, end: last });
      first = -1;
      continue;
    }
    if (isHigh(c) && i + 1 < n) i++;
    if (isSpace(c)) continue;
    if (first < 0) first = cp;
    last = cp + 1;
  }
  return spans;
}

/** Index of the unit containing code point `cp`, or of the nearest unit after it (−1 when none). */
function unitAt(units: readonly Span[], cp: number): number {
  let lo = 0;
  let hi = units.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.end > cp) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/**
 * `hit` widened to the units it touches, plus `n` units on each side. A hit that
 * falls between units (on a space) keeps its own extent joined to its neighbours.
 */
export function widen(hit: Span, units: readonly Span[], n = 0): Span {
  if (units.length === 0) return hit;
  let first = unitAt(units, hit.start);
  let last = unitAt(units, Math.max(hit.start, hit.end - 1));
  if (first < 0) first = units.length - 1;
  if (last < 0 || units[last]!.start > hit.end - 1) last = Math.max(first, last < 0 ? units.length - 1 : last - 1);
  first = Math.max(0, first - n);
  last = Math.min(units.length - 1, last + n);
  return {
    start: Math.min(units[first]!.start, hit.start),
    end: Math.max(units[last]!.end, hit.end),
  };
}

/** Whether [start, end) lies inside one unit; returns that unit's index or −1. */
export function containingUnit(units: readonly Span[], span: Span): number {
  const i = unitAt(units, span.start);
  if (i < 0) return -1;
  const u = units[i]!;
  return u.start <= span.start && span.end <= u.end ? i : -1;
}
