/**
 * Krippendorff's α for unitizing: coders mark stretches of one continuum (the
 * documents' code points laid end to end) with values (codes), and the
 * coefficient judges where the stretches begin and end as well as their values.
 *
 * - `unitizingAlpha`: uα of Krippendorff (1995; 2004, ch. 11.6), per value and
 *   overall (the per-value disagreements summed), as INCEpTION and DKPro report it.
 * - `codingGivenUnitizingAlpha`: cuα of Krippendorff, Mathet, Bouvry & Widlöcher
 *   (2016; Krippendorff 2019, 12.6.5): do coders give the same value where their
 *   units overlap? Gaps are left out.
 *
 * Offsets are code points, end exclusive. Pure.
 */
import type { Coefficient } from './nominal';

export interface UnitSpan {
  start: number;
  end: number;
  value: string;
}

export interface Unitization {
  coders: readonly string[];
  /** Length of the continuum; units lie within [0, length). */
  length: number;
  /** units[c]: coder c's units, in any order. */
  units: readonly (readonly UnitSpan[])[];
}

export interface UnitizingResult {
  overall: Coefficient;
  byValue: Map<string, Coefficient & { observed: number; expected: number }>;
}

interface Segment {
  start: number;
  end: number;
  unit: boolean;
}

/**
 * One coder's units of one value as a partition of [0, length) into units and
 * gaps. Overlapping units of the same value (a coder who coded one passage
 * twice) are joined: the coefficient assumes a coder's units of a value do not overlap.
 */
function partition(spans: readonly { start: number; end: number }[], length: number): Segment[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, 0);
    const end = Math.min(s.end, length);
    if (end <= start) continue;
    const last = out[out.length - 1];
    if (last?.unit && start < last.end) {
      last.end = Math.max(last.end, end);
      pos = last.end;
      continue;
    }
    if (start > pos) out.push({ start: pos, end: start, unit: false });
    out.push({ start, end, unit: true });
    pos = end;
  }
  if (pos < length) out.push({ start: pos, end: length, unit: false });
  return out;
}

/** δ² between two overlapping sections of two coders (Krippendorff 2004, p. 252). */
function distance(a: Segment, b: Segment): number {
  if (a.unit && b.unit) return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
  // A unit inside the other coder's gap counts its full length; a unit only partly in a gap is
  // judged against the other coder's unit it also overlaps.
  if (a.unit && !b.unit) return b.start <= a.start && a.end <= b.end ? (a.end - a.start) ** 2 : 0;
  if (!a.unit && b.unit) return a.start <= b.start && b.end <= a.end ? (b.end - b.start) ** 2 : 0;
  return 0;
}

function observedSum(x: Segment[], y: Segment[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a.start < b.end && b.start < a.end) sum += distance(a, b);
    if (a.end <= b.end) i++;
    else j++;
  }
  return sum;
}

function valueAlpha(parts: Segment[][], length: number): { observed: number; expected: number } {
  const m = parts.length;
  let observed = 0;
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) observed += observedSum(parts[i]!, parts[j]!);
  observed = (2 * observed) / (m * (m - 1) * length * length);

  const units: number[] = [];
  const gaps: number[] = [];
  for (const p of parts) for (const s of p) (s.unit ? units : gaps).push(s.end - s.start);
  gaps.sort((a, b) => a - b);
  // suffix[k]: total length of gaps[k..]; so the gaps of at least l are found by one binary search.
  const suffix = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + gaps[k]!;
  const firstAtLeast = (l: number): number => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (gaps[mid]! < l) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const nc = units.length;
  let sum = 0;
  let selfPairs = 0;
  for (const l of units) {
    const k = firstAtLeast(l);
    // Σ over gaps g ≥ l of (g − l + 1): the places a unit of length l fits inside a gap.
    const fits = suffix[k]! - (l - 1) * (gaps.length - k);
    sum += ((nc - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fits;
    selfPairs += l * (l - 1);
  }
  const expected = ((2 / length) * sum) / (m * length * (m * length - 1) - selfPairs);
  return { observed, expected };
}

export function unitizingAlpha(data: Unitization): UnitizingResult {
  const byValue: UnitizingResult['byValue'] = new Map();
  const m = data.coders.length;
  const L = data.length;
  if (m < 2 || L <= 0) {
    const note = m < 2 ? 'needs at least two coders' : 'the continuum is empty';
    return { overall: { value: null, n: Math.max(L, 0), note }, byValue };
  }
  const values = [...new Set(data.units.flatMap((u) => u.map((s) => s.value)))].sort();
  let observed = 0;
  let expected = 0;
  for (const v of values) {
    const parts = data.coders.map((_, c) =>
      partition(
        (data.units[c] ?? []).filter((s) => s.value === v),
        L,
      ),
    );
    const r = valueAlpha(parts, L);
    observed += r.observed;
    expected += r.expected;
    byValue.set(v, {
      ...r,
      n: L,
      value: r.expected > 0 ? 1 - r.observed / r.expected : null,
      ...(r.expected > 0 ? {} : { note: 'no variation: the value fills the continuum or is absent' }),
    });
  }
  const overall: Coefficient =
    expected > 0
      ? { value: 1 - observed / expected, n: L }
      : { value: null, n: L, note: values.length === 0 ? 'nobody marked any unit' : 'no variation in the units' };
  return { overall, byValue };
}

interface Event {
  at: number;
  coder: 0 | 1;
  value: number;
  delta: 1 | -1;
}

/** Length of overlap between two coders' units by pair of values, added into `into` (mutates it). */
function addOverlaps(
  a: readonly UnitSpan[],
  b: readonly UnitSpan[],
  index: Map<string, number>,
  into: number[][],
): void {
  const events: Event[] = [];
  const push = (spans: readonly UnitSpan[], coder: 0 | 1): void => {
    for (const s of spans) {
      if (s.end <= s.start) continue;
      const value = index.get(s.value)!;
      events.push({ at: s.start, coder, value, delta: 1 }, { at: s.end, coder, value, delta: -1 });
    }
  };
  push(a, 0);
  push(b, 1);
  events.sort((x, y) => x.at - y.at);
  const active: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];
  let prev = 0;
  for (const e of events) {
    const len = e.at - prev;
    if (len > 0 && active[0].size > 0 && active[1].size > 0)
      for (const [v, cv] of active[0]) for (const [w, cw] of active[1]) into[v]![w]! += len * cv * cw;
    prev = e.at;
    const map = active[e.coder];
    const n = (map.get(e.value) ?? 0) + e.delta;
    if (n === 0) map.delete(e.value);
    else map.set(e.value, n);
  }
}

/** Joined, sorted stretches covered by any of the spans. */
function union(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function coveredLength(span: UnitSpan, cover: { start: number; end: number }[]): number {
  let lo = 0;
  let hi = cover.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cover[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let len = 0;
  for (let k = lo; k < cover.length && cover[k]!.start < span.end; k++)
    len += Math.min(span.end, cover[k]!.end) - Math.max(span.start, cover[k]!.start);
  return len;
}

export function codingGivenUnitizingAlpha(data: Unitization): Coefficient {
  const m = data.coders.length;
  const L = Math.max(data.length, 0);
  if (m < 2) return { value: null, n: L, note: 'needs at least two coders' };
  const values = [...new Set(data.units.flatMap((u) => u.map((s) => s.value)))].sort();
  const index = new Map(values.map((v, i) => [v, i]));
  const q = values.length;
  const overlap = values.map(() => new Array<number>(q).fill(0));
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) if (i !== j) addOverlaps(data.units[i] ?? [], data.units[j] ?? [], index, overlap);
  let total = 0;
  let diagonal = 0;
  const marginal = new Array<number>(q).fill(0);
  for (let c = 0; c < q; c++)
    for (let k = 0; k < q; k++) {
      const x = overlap[c]![k]! / (m - 1);
      total += x;
      marginal[c]! += x;
      if (c === k) diagonal += x;
    }
  if (total === 0) return { value: null, n: L, note: 'no two coders’ units overlap' };
  // Each unit's length that other coders' units cover: a unit cannot be paired with itself.
  let selfPairs = 0;
  for (let i = 0; i < m; i++) {
    const others = union(data.units.flatMap((u, j) => (j === i ? [] : u)));
    for (const s of data.units[i] ?? []) selfPairs += coveredLength(s, others) ** 2;
  }
  let sameSq = 0;
  for (const x of marginal) sameSq += x * x;
  const expected = (total * total - sameSq) / (total - selfPairs / total);
  if (expected <= 0) return { value: null, n: L, note: 'all overlapping units have one and the same value' };
  return { value: 1 - (total - diagonal) / expected, n: L };
}
