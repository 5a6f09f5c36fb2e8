/**
 * The range a coding key applies to: the selection (snapped to whole characters
 * and trimmed of whitespace), or with no selection the sentence at the caret;
 * with Shift, the whole paragraph(s).
 */
import { paragraphAt, sentenceAt, tidyRange } from '../../../../../shared/annotations/selection';
import type { Span } from '../../../../../shared/model/document';
import type { Segment } from '../../../../../shared/annotations/ranges';
import type { OffsetMap } from '../../../../../shared/text/codepoints';

export interface CaretOrSelection {
  start: number;
  end: number;
  collapsed: boolean;
}

export function targetRange(
  content: { sentences: readonly Span[]; paragraphs: readonly Span[] },
  whole: OffsetMap,
  sel: CaretOrSelection,
  scope: 'selection' | 'paragraph',
): Span | null {
  if (scope === 'paragraph') {
    const first = paragraphAt(content, sel.start);
    const last = sel.collapsed ? first : paragraphAt(content, Math.max(sel.start, sel.end - 1));
    if (!first) return null;
    return tidyRange(whole, first.start, (last ?? first).end);
  }
  if (!sel.collapsed) return tidyRange(whole, sel.start, sel.end);
  const s = sentenceAt(content, sel.start);
  return s ? tidyRange(whole, s.start, s.end) : null;
}

/** The elementary segment holding the character at `cp`, or null (segments sorted, non-overlapping). */
export function segmentAt(segments: readonly Segment[], cp: number): Segment | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (cp < s.start) hi = mid - 1;
    else if (cp >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The segment at a caret: the character after it, or the one before when the caret ends a passage. */
export function segmentAtCaret(segments: readonly Segment[], cp: number): Segment | null {
  return segmentAt(segments, cp) ?? (cp > 0 ? segmentAt(segments, cp - 1) : null);
}
