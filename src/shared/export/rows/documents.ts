/**
 * The wide dataset: one row per document, its variables, and for each code in
 * scope the number of segments (`n_<key>`, the code's own segments, not its
 * sub-codes') and the share of the text's code points they cover (`share_<key>`,
 * overlapping segments counted once).
 */
import type { ProjectSnapshot } from '../../model/project';
import { scopeProject, type CodeInfo, type ExportScope } from '../scope';
import { DOCUMENT_VARIABLES, documentVariables, type Cell } from './segments';

export interface DocumentTable {
  columns: string[];
  rows: Record<string, Cell>[];
  /** The codes behind the n_/share_ columns, in column order. */
  codeColumns: CodeInfo[];
}

/** Code points covered by a set of ranges, overlaps counted once. */
export function coveredLength(ranges: { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const r of sorted) {
    if (r.start > curEnd) {
      total += curEnd - curStart;
      curStart = r.start;
      curEnd = r.end;
    } else if (r.end > curEnd) curEnd = r.end;
  }
  return total + (curEnd - curStart);
}

export function buildDocumentTable(snapshot: ProjectSnapshot, scope: ExportScope = {}): DocumentTable {
  const scoped = scopeProject(snapshot, scope);
  const codeColumns = scoped.codes.map((c) => scoped.codeInfo.get(c.id)!);
  const columns = [
    ...DOCUMENT_VARIABLES,
    'length',
    'segments',
    ...codeColumns.flatMap((c) => [`n_${c.key}`, `share_${c.key}`]),
  ];
  const byDoc = new Map<string, Map<string, { start: number; end: number }[]>>();
  for (const a of scoped.annotations) {
    let perCode = byDoc.get(a.docId);
    if (!perCode) byDoc.set(a.docId, (perCode = new Map()));
    const list = perCode.get(a.codeId);
    if (list) list.push(a);
    else perCode.set(a.codeId, [a]);
  }
  const rows = scoped.documents.map((d) => {
    const perCode = byDoc.get(d.id);
    const row: Record<string, Cell> = { ...documentVariables(d), length: d.length, segments: 0 };
    let segments = 0;
    for (const c of codeColumns) {
      const ranges = perCode?.get(c.code.id) ?? [];
      segments += ranges.length;
      row[`n_${c.key}`] = ranges.length;
      row[`share_${c.key}`] = d.length > 0 ? Math.round((coveredLength(ranges) / d.length) * 10000) / 10000 : 0;
    }
    row.segments = segments;
    return row;
  });
  return { columns, rows, codeColumns };
}
