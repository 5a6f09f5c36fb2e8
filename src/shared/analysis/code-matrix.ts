/**
 * The code matrix: documents (or governments, years, provinces) × codes, as
 * counts of coded segments or as coverage (the share of the row's text a code
 * covers, overlapping segments counted once), and code frequencies by a document
 * variable or by section for charts. Pure.
 */
import type { Span } from '../model/document';
import type { Code, DocumentRecord } from '../model/project';

export type MatrixRows = 'document' | 'government' | 'year' | 'province';
export type MatrixMeasure = 'count' | 'coverage';

export interface MatrixSegment extends Span {
  docId: string;
  codeId: string;
  /** The category of the section the segment starts in (for frequencies by section). */
  category?: string | null;
}

export interface MatrixRow {
  key: string;
  label: string;
  docIds: string[];
  /** Total length of the row's documents, in code points. */
  length: number;
}

export interface CodeMatrix {
  rows: MatrixRow[];
  /** Column code ids, in codebook order. */
  codeIds: string[];
  /** values[row][column]: a count, or a share 0..1. */
  values: number[][];
  max: number;
}

const NONE = '—';

function government(d: DocumentRecord): string {
  return d.region.county ?? d.region.city ?? d.region.province ?? d.publisher ?? NONE;
}

/** The row a document falls in, and its label. */
export function rowKeyOf(d: DocumentRecord, by: MatrixRows): { key: string; label: string } {
  // Copies of a report share a title: the file name tells them apart.
  if (by === 'document') return { key: d.id, label: d.title ? `${d.title} · ${d.fileName}` : d.fileName };
  if (by === 'year') return { key: String(d.reportYear ?? NONE), label: String(d.reportYear ?? NONE) };
  if (by === 'province') return { key: d.region.province ?? NONE, label: d.region.province ?? NONE };
  const label = [d.region.province, d.region.city, d.region.county].filter(Boolean).join(' ') || government(d);
  return { key: d.region.code ?? label, label };
}

/** Each code with itself and, when asked, its descendants: the codes whose segments count in its column. */
export function columnMembers(
  codes: readonly Pick<Code, 'id' | 'parentId'>[],
  withSubCodes: boolean,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(codes.map((c) => [c.id, new Set([c.id])]));
  if (!withSubCodes) return out;
  const parent = new Map(codes.map((c) => [c.id, c.parentId]));
  for (const c of codes) {
    const seen = new Set<string>();
    for (let p = parent.get(c.id) ?? null; p !== null && !seen.has(p); p = parent.get(p) ?? null) {
      seen.add(p);
      out.get(p)?.add(c.id);
    }
  }
  return out;
}

/** Length of the union of spans. */
function unionLength(spans: Span[]): number {
  spans.sort((a, b) => a.start - b.start);
  let total = 0;
  let s = -1;
  let e = -1;
  for (const x of spans) {
    if (x.start > e) {
      total += e - s;
      s = x.start;
      e = x.end;
    } else e = Math.max(e, x.end);
  }
  return total + (e - s);
}

export function buildCodeMatrix(
  documents: readonly DocumentRecord[],
  codeIds: readonly string[],
  members: ReadonlyMap<string, ReadonlySet<string>>,
  segments: readonly MatrixSegment[],
  by: MatrixRows,
  measure: MatrixMeasure,
): CodeMatrix {
  const rowIndex = new Map<string, number>();
  const rows: MatrixRow[] = [];
  const docRow = new Map<string, number>();
  for (const d of documents) {
    const { key, label } = rowKeyOf(d, by);
    let i = rowIndex.get(key);
    if (i === undefined) {
      rowIndex.set(key, (i = rows.length));
      rows.push({ key, label, docIds: [], length: 0 });
    }
    rows[i]!.docIds.push(d.id);
    rows[i]!.length += d.length;
    docRow.set(d.id, i);
  }
  if (by === 'year' || by === 'province') rows.sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  rows.forEach((r, i) => r.docIds.forEach((id) => docRow.set(id, i)));
  // Which columns a segment's code counts in.
  const columnsOf = new Map<string, number[]>();
  codeIds.forEach((col, j) => {
    for (const m of members.get(col) ?? [col]) {
      const list = columnsOf.get(m) ?? [];
      list.push(j);
      columnsOf.set(m, list);
    }
  });
  const values = rows.map(() => new Array<number>(codeIds.length).fill(0));
  const spans = measure === 'coverage' ? new Map<string, Span[]>() : null;
  for (const s of segments) {
    const i = docRow.get(s.docId);
    const cols = columnsOf.get(s.codeId);
    if (i === undefined || !cols) continue;
    for (const j of cols) {
      if (!spans) values[i]![j]!++;
      else {
        const k = `${s.docId}\u0000${j}`;
        const list = spans.get(k) ?? [];
        list.push({ start: s.start, end: s.end });
        spans.set(k, list);
      }
    }
  }
  if (spans) {
    for (const [k, list] of spans) {
      const [docId, j] = k.split('\u0000') as [string, string];
      values[docRow.get(docId)!]![Number(j)]! += unionLength(list);
    }
    rows.forEach((r, i) => values[i]!.forEach((v, j) => (values[i]![j] = r.length > 0 ? v / r.length : 0)));
  }
  let max = 0;
  for (const row of values) for (const v of row) max = Math.max(max, v);
  return { rows, codeIds: [...codeIds], values, max };
}

export type FrequencyBy = 'year' | 'province' | 'level' | 'section';

/** Segment counts per code and per value of a document variable (or the section's category). */
export function codeFrequencies(
  documents: readonly DocumentRecord[],
  codeIds: readonly string[],
  members: ReadonlyMap<string, ReadonlySet<string>>,
  segments: readonly MatrixSegment[],
  by: FrequencyBy,
): { categories: string[]; series: { codeId: string; values: number[] }[] } {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const valueOf = (s: MatrixSegment): string => {
    if (by === 'section') return s.category ?? NONE;
    const d = docs.get(s.docId);
    if (!d) return NONE;
    if (by === 'year') return String(d.reportYear ?? NONE);
    if (by === 'province') return d.region.province ?? NONE;
    return d.level ?? NONE;
  };
  const counts = new Map<string, Map<string, number>>();
  const cats = new Set<string>();
  const inCol = codeIds.map((c) => members.get(c) ?? new Set([c]));
  for (const s of segments) {
    if (!docs.has(s.docId)) continue;
    const v = valueOf(s);
    codeIds.forEach((col, j) => {
      if (!inCol[j]!.has(s.codeId)) return;
      cats.add(v);
      const m = counts.get(col) ?? new Map<string, number>();
      m.set(v, (m.get(v) ?? 0) + 1);
      counts.set(col, m);
    });
  }
  const categories = [...cats].sort((a, b) => a.localeCompare(b, 'zh'));
  return {
    categories,
    series: codeIds.map((codeId) => ({ codeId, values: categories.map((c) => counts.get(codeId)?.get(c) ?? 0) })),
  };
}
