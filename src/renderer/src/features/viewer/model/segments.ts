/**
 * Elementary segments: the text cut at every annotation boundary, each piece
 * knowing which annotations cover it. Answers "which codes are on the passage
 * under the pointer/caret" in O(log n). Building is a sweep, O(n log n + output).
 * Minimal in-folder version of `src/shared/annotations/ranges.ts` (not landed yet).
 */
import type { Span } from '../../../../../shared/model/document';

export interface Segment extends Span {
  /** Ids of the ranges covering [start, end), in input order. */
  ids: string[];
}

export interface IdSpan extends Span {
  id: string;
}

/** Cut `items` into segments; empty ranges are ignored and uncovered gaps omitted. */
export function buildSegments(items: readonly IdSpan[]): Segment[] {
  const order = new Map<string, number>();
  const events: { at: number; open: boolean; id: string }[] = [];
  items.forEach((it, i) => {
    if (it.end <= it.start) return;
    order.set(it.id, i);
    events.push({ at: it.start, open: true, id: it.id }, { at: it.end, open: false, id: it.id });
  });
  events.sort((a, b) => a.at - b.at);
  const active = new Set<string>();
  const out: Segment[] = [];
  let i = 0;
  while (i < events.length) {
    const at = events[i]!.at;
    while (i < events.length && events[i]!.at === at) {
      const ev = events[i]!;
      if (ev.open) active.add(ev.id);
      else active.delete(ev.id);
      i++;
    }
    const next = i < events.length ? events[i]!.at : at;
    if (active.size > 0 && next > at) {
      const ids = [...active].sort((a, b) => order.get(a)! - order.get(b)!);
      out.push({ start: at, end: next, ids });
    }
  }
  return out;
}

/** The segment containing the character at code point `cp`, or null. */
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
