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

const CLOSERS = '”’」』）)】》"\'〕';

function isEnd(c: string, semicolons: boolean): boolean {
  return '。！？!?…'.includes(c) || (semicolons && '；：;:'.includes(c));
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\r';
}

/** Sentence spans of `text` (code points, end exclusive); spaces between sentences belong to none. */
export function sentenceSpans(text: string, opts: UnitOptions = {}): Span[] {
  const semi = opts.semicolons ?? false;
  const spans: Span[] = [];
  const chars = [...text];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) spans.push({ start, end });
    start = -1;
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\n') {
      close(i);
      continue;
    }
    if (start < 0) {
      if (isSpace(c)) continue;
      start = i;
    }
    if (isEnd(c, semi)) {
      let j = i + 1;
      while (j < chars.length && (isEnd(chars[j]!, semi) || CLOSERS.includes(chars[j]!))) j++;
      close(j);
      i = j - 1;
    }
  }
  // Trailing spaces of an unterminated last sentence are not part of it.
  if (start >= 0) {
    let end = chars.length;
    while (end > start && isSpace(chars[end - 1]!)) end--;
    close(end);
  }
  return spans;
}

/** Paragraph spans: the non-blank lines of `text`. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let cp = 0;
  for (const line of text.split('\n')) {
    const chars = [...line];
    let a = 0;
    let b = chars.length;
    while (a < b && isSpace(chars[a]!)) a++;
    while (b > a && isSpace(chars[b - 1]!)) b--;
    if (b > a) spans.push({ start: cp + a, end: cp + b });
    cp += chars.length + 1;
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
