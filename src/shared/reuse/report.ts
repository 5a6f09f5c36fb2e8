/**
 * Copied passages of a project as tables: one row per shared passage (both
 * documents, their offsets in code points, the shared text) and one row per
 * report (the share of its text found in other reports, and in which).
 * Copies of one report (`copyOf`) and documents that are not reports are left
 * out: a report's own PDF is not a government copying it.
 */
import type { Cell } from '../export/rows/segments';
import type { DocumentContent, DocumentRecord } from '../model/project';
import { governmentOf } from '../panel/government';
import { OffsetMap } from '../text/codepoints';
import { findSharedPassages, type ReuseOptions, type ReuseResult, type ReuseText } from './detect';

export interface ReuseTables {
  pairs: { columns: string[]; rows: Record<string, Cell>[] };
  shares: { columns: string[]; rows: Record<string, Cell>[] };
}

/** The texts compared: reports that are not copies, in their simplified form when there is one (same offsets). */
export function reuseTexts(
  documents: readonly DocumentRecord[],
  contents: ReadonlyMap<string, Pick<DocumentContent, 'text' | 'simplified'>>,
): ReuseText[] {
  const out: ReuseText[] = [];
  const ids = new Set(documents.map((d) => d.id));
  for (const d of documents) {
    // A copy stands for its report only when the original is gone (as the document dataset counts it).
    if ((d.copyOf && ids.has(d.copyOf)) || d.genre !== 'report') continue;
    const c = contents.get(d.id);
    if (c) out.push({ id: d.id, text: c.simplified ?? c.text });
  }
  return out;
}

export function findProjectReuse(
  documents: readonly DocumentRecord[],
  contents: ReadonlyMap<string, Pick<DocumentContent, 'text' | 'simplified'>>,
  options: ReuseOptions = {},
): ReuseResult {
  return findSharedPassages(reuseTexts(documents, contents), options);
}

export const PAIR_COLUMNS = [
  'doc_a',
  'file_a',
  'government_a',
  'year_a',
  'start_a',
  'end_a',
  'doc_b',
  'file_b',
  'government_b',
  'year_b',
  'start_b',
  'end_b',
  'chars',
  'same_government',
  'text_a',
  'text_b',
];

export const SHARE_COLUMNS = [
  'doc_id',
  'file_name',
  'government',
  'report_year',
  'chars',
  'chars_found_elsewhere',
  'share_found_elsewhere',
  'found_in',
];

export function reuseTables(
  result: ReuseResult,
  documents: readonly DocumentRecord[],
  contents: ReadonlyMap<string, Pick<DocumentContent, 'text'>>,
): ReuseTables {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const maps = new Map<string, OffsetMap>();
  const mapOf = (id: string): OffsetMap => {
    let m = maps.get(id);
    if (!m) maps.set(id, (m = new OffsetMap(contents.get(id)?.text ?? '')));
    return m;
  };
  const gov = (id: string) => {
    const d = docs.get(id);
    return d ? governmentOf(d) : null;
  };
  const rows = result.passages.map((p) => {
    const a = docs.get(p.a);
    const b = docs.get(p.b);
    const ga = gov(p.a);
    const gb = gov(p.b);
    return {
      doc_a: p.a,
      file_a: a?.fileName ?? null,
      government_a: ga?.name ?? null,
      year_a: a?.reportYear ?? null,
      start_a: p.aStart,
      end_a: p.aEnd,
      doc_b: p.b,
      file_b: b?.fileName ?? null,
      government_b: gb?.name ?? null,
      year_b: b?.reportYear ?? null,
      start_b: p.bStart,
      end_b: p.bEnd,
      chars: p.chars,
      same_government: ga && gb ? (ga.id === gb.id ? 1 : 0) : null,
      text_a: mapOf(p.a).slice(p.aStart, p.aEnd),
      text_b: mapOf(p.b).slice(p.bStart, p.bEnd),
    };
  });
  const shares = [...result.foldedLength].map(([id, length]) => {
    const d = docs.get(id);
    const covered = result.covered.get(id) ?? 0;
    const where = [...(result.sharedWith.get(id) ?? new Map<string, number>())]
      .sort((x, y) => y[1] - x[1])
      .map(([other, n]) => `${docs.get(other)?.fileName ?? other} (${n})`);
    return {
      doc_id: id,
      file_name: d?.fileName ?? null,
      government: gov(id)?.name ?? null,
      report_year: d?.reportYear ?? null,
      chars: length,
      chars_found_elsewhere: covered,
      share_found_elsewhere: length > 0 ? Math.round((covered / length) * 10000) / 10000 : 0,
      found_in: where.join('; '),
    };
  });
  return { pairs: { columns: PAIR_COLUMNS, rows }, shares: { columns: SHARE_COLUMNS, rows: shares } };
}
