/**
 * Overlap bookkeeping for the viewer: where annotations overlap, which ones cover
 * each stretch of text, and which margin lane (stripe) each one gets.
 * Offsets are code points, end exclusive. Both functions sort and sweep: O(n log n).
 */

export interface RangeLike {
  id: string;
  start: number;
  end: number;
}

/** A maximal stretch of text covered by the same set of annotations. */
export interface Segment {
  start: number;
  end: number;
  /** Ids of the annotations covering the whole segment, in input order. */
  ids: string[];
}

/** The elementary segments: covered stretches only (gaps are left out), in text order. */
export function segmentize(ranges: readonly RangeLike[]): Segment[] {
  const order = new Map<string, number>();
  const events: { at: number; delta: 1 | -1; id: string }[] = [];
  ranges.forEach((r, i) => {
    if (r.end <= r.start) return;
    order.set(r.id, i);
    events.push({ at: r.start, delta: 1, id: r.id }, { at: r.end, delta: -1, id: r.id });
  });
  events.sort((a, b) => a.at - b.at);
  const active = new Set<string>();
  const out: Segment[] = [];
  let i = 0;
  while (i < events.length) {
    const at = events[i]!.at;
    // Apply every event at this boundary before emitting, so ends and starts at one offset don't create empty segments.
    while (i < events.length && events[i]!.at === at) {
      const e = events[i]!;
      if (e.delta === 1) active.add(e.id);
      else active.delete(e.id);
      i++;
    }
    if (active.size === 0 || i >= events.length) continue;
    const next = events[i]!.at;
    const ids = [...active].sort((a, b) => order.get(a)! - order.get(b)!);
    const last = out[out.length - 1];
    if (last && last.end === at && sameIds(last.ids, ids)) last.end = next;
    else out.push({ start: at, end: next, ids });
  }
  return out;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

export interface LaneAssignment {
  /** Lane of each annotation id, 0 = nearest the text. */
  lanes: Map<string, number>;
  /** Number of lanes in use (the maximum overlap depth). */
  laneCount: number;
}

/**
 * Interval-graph colouring: overlapping annotations get different lanes, and the
 * number of lanes equals the deepest overlap. Deterministic for a given set
 * (ties broken by longer-first, then id) so stripes don't jump between renders.
 */
export function assignLanes(ranges: readonly RangeLike[]): LaneAssignment {
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lanes = new Map<string, number>();
  const busy = new MinHeap<[end: number, lane: number]>((a, b) => a[0] - b[0] || a[1] - b[1]);
  const free = new MinHeap<number>((a, b) => a - b);
  let laneCount = 0;
  for (const r of sorted) {
    while (busy.size > 0 && busy.peek()![0] <= r.start) free.push(busy.pop()![1]);
    const lane = free.size > 0 ? free.pop()! : laneCount++;
    lanes.set(r.id, lane);
    busy.push([r.end, lane]);
  }
  return { lanes, laneCount };
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(a[i]!, a[p]!) >= 0) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
