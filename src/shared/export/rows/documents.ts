/**
 * The wide dataset: one row per document, its variables, and for each code in
 * scope the number of segments (`n_<key>`, the code's own segments, not its
 * sub-codes') and the share of the text's code points they cover (`share_<key>`,
 * overlapping segments counted once). For each of the five prescribed categories
 * that has sub-codes in scope, `n_<key>_all` and `share_<key>_all` also count its
 * sub-codes' segments (measures coded only by outline area still count as measures).
 *
 * One row per report: a document kept as a copy of another (the same report as a
 * PDF, a Word file or a mirror page, `copyOf`) has no row of its own while the
 * document it copies is in scope; that row says how many copies exist (`copies`)
 * and names their files (`copy_files`).
 *
 * Coders: `coder` names the one coder the export is limited to (a coder or the
 * consensus), so exports limited to each coder stack into one long table (report ×
 * coder); with everyone's codings it is empty, and `n_` / `share_` pool every
 * coder's segments. `coders` and `n_coders` say who coded the report (in scope),
 * `segments_by_coder` how many segments each (`甲: 3; 乙: 2`).
 */
import { customCell, customColumns, customValueOf, sortVariables } from '../../model/custom-variables';
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
  // A sub-code whose own key happens to be `<category>_all` keeps its column; the rollup gives way.
  const taken = new Set(codeColumns.map((c) => c.key));
  const rollups = categoryRollups(scoped.codes, codeColumns).filter((r) => !taken.has(`${r.key}_all`));
  // The researcher's own variables and the document's memo follow the built-in variables.
  const variables = sortVariables(snapshot.variables ?? []);
  const customCols = customColumns(variables, [...DOCUMENT_VARIABLES, 'memo']);
  const memoOf = new Map(
    snapshot.memos.filter((m) => m.targetType === 'document' && m.targetId).map((m) => [m.targetId!, m.text]),
  );
  const columns = [
    ...DOCUMENT_VARIABLES,
    ...variables.map((v) => customCols.get(v.id)!),
    'memo',
    'length',
    'segments',
    'coder',
    'coders',
    'n_coders',
    'segments_by_coder',
    'copies',
    'copy_files',
    ...codeColumns.flatMap((c) => [`n_${c.key}`, `share_${c.key}`]),
    ...rollups.flatMap((r) => [`n_${r.key}_all`, `share_${r.key}_all`]),
  ];
  const byDoc = new Map<string, Map<string, { start: number; end: number }[]>>();
  const codersOf = new Map<string, Map<string, number>>();
  for (const a of scoped.annotations) {
    let perCoder = codersOf.get(a.docId);
    if (!perCoder) codersOf.set(a.docId, (perCoder = new Map()));
    perCoder.set(a.coder, (perCoder.get(a.coder) ?? 0) + 1);
    let perCode = byDoc.get(a.docId);
    if (!perCode) byDoc.set(a.docId, (perCode = new Map()));
    const list = perCode.get(a.codeId);
    if (list) list.push(a);
    else perCode.set(a.codeId, [a]);
  }
  const inScope = new Set(scoped.documents.map((d) => d.id));
  const copiesOf = new Map<string, string[]>();
  for (const d of scoped.documents) {
    if (!d.copyOf || !inScope.has(d.copyOf)) continue;
    copiesOf.set(d.copyOf, [...(copiesOf.get(d.copyOf) ?? []), d.fileName]);
  }
  // Limited to one coder: every row is that coder's (empty when the rows pool several coders).
  const onlyCoder = scope.coders?.length === 1 ? scope.coders[0]! : '';
  const reports = scoped.documents.filter((d) => !d.copyOf || !inScope.has(d.copyOf));
  const rows = reports.map((d) => {
    const perCode = byDoc.get(d.id);
    const copies = copiesOf.get(d.id) ?? [];
    const row: Record<string, Cell> = { ...documentVariables(d) };
    for (const v of variables) row[customCols.get(v.id)!] = customCell(customValueOf(d, v));
    row.memo = memoOf.get(d.id) ?? null;
    row.length = d.length;
    row.segments = 0;
    row.coder = onlyCoder;
    const perCoder = [...(codersOf.get(d.id) ?? [])].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    // Codings that name no coder (older projects, other tools) are listed as such, not as a blank.
    const name = (c: string): string => c || '(unnamed)';
    row.coders = perCoder.map(([c]) => name(c)).join('; ');
    row.n_coders = perCoder.length;
    row.segments_by_coder = perCoder.map(([c, n]) => `${name(c)}: ${n}`).join('; ');
    row.copies = copies.length;
    row.copy_files = copies.join('; ');
    let segments = 0;
    for (const c of codeColumns) {
      const ranges = perCode?.get(c.code.id) ?? [];
      segments += ranges.length;
      row[`n_${c.key}`] = ranges.length;
      row[`share_${c.key}`] = share(ranges, d.length);
    }
    row.segments = segments;
    for (const r of rollups) {
      const ranges = r.codeIds.flatMap((id) => perCode?.get(id) ?? []);
      row[`n_${r.key}_all`] = ranges.length;
      row[`share_${r.key}_all`] = share(ranges, d.length);
    }
    return row;
  });
  return { columns, rows, codeColumns };
}

function share(ranges: { start: number; end: number }[], length: number): number {
  return length > 0 ? Math.round((coveredLength(ranges) / length) * 10000) / 10000 : 0;
}

/** The category codes with sub-codes in scope, each with its own id and all its descendants'. */
function categoryRollups(
  codes: readonly ProjectSnapshot['codes'][number][],
  infos: readonly CodeInfo[],
): { key: string; codeIds: string[] }[] {
  const children = new Map<string, string[]>();
  for (const c of codes) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId);
    if (list) list.push(c.id);
    else children.set(c.parentId, [c.id]);
  }
  const out: { key: string; codeIds: string[] }[] = [];
  for (const info of infos) {
    if (info.code.category === null || !children.has(info.code.id)) continue;
    const codeIds: string[] = [];
    const stack = [info.code.id];
    const seen = new Set<string>();
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      codeIds.push(id);
      stack.push(...(children.get(id) ?? []));
    }
    out.push({ key: info.key, codeIds });
  }
  return out;
}
