/**
 * Code-point ranges a user means: a selection snapped and trimmed, the sentence
 * or paragraph at a caret. Minimal in-folder versions of what
 * `src/shared/annotations/selection.ts` is to provide (not landed yet).
 */
import type { Span } from '../../../../../shared/model/document';
import type { OffsetMap } from '../../../../../shared/text/codepoints';

/** Whitespace a coded segment should not start or end with (incl. the ideographic space U+3000). */
const SPACE = /\s/u;

/**
 * Trim whitespace off both ends of the code point range [start, end) of `text`.
 * Returns null when nothing but whitespace remains.
 */
export function trimRange(map: OffsetMap, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(map.cpCount, Math.max(start, end));
  while (s < e && SPACE.test(map.slice(s, s + 1))) s++;
  while (e > s && SPACE.test(map.slice(e - 1, e))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Index of the span containing `cp` in sorted, non-overlapping `spans`; a caret just after a span's end counts as in it. */
export function spanIndexAt(spans: readonly Span[], cp: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= cp) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  const s = spans[found]!;
  return cp <= s.end ? found : -1;
}

/** The span at a caret (sentence or paragraph), or null when the caret sits outside all of them. */
export function spanAt(spans: readonly Span[], cp: number): Span | null {
  const i = spanIndexAt(spans, cp);
  return i < 0 ? null : spans[i]!;
}
