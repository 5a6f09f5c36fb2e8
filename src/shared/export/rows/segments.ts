/**
 * The long dataset: one row per annotation (coded segment × code), with the
 * document's variables, where the segment sits, its text and its code.
 * Offsets are code points, end exclusive; the text is sliced through an OffsetMap.
 */
import type { DocumentContent, DocumentRecord, ProjectSnapshot } from '../../model/project';
import { OffsetMap } from '../../text/codepoints';
import { scopeProject, type ExportScope } from '../scope';
import { structureLocator } from './structure';

export type Cell = string | number | null;

/** Variables of a document shared by both datasets, in column order. */
export const DOCUMENT_VARIABLES = [
  'doc_id',
  'file_name',
  'title',
  'genre',
  'province',
  'city',
  'county',
  'region_code',
  'level',
  'report_year',
  'published',
  'publisher',
  'script',
] as const;

export const SEGMENT_COLUMNS = [
  ...DOCUMENT_VARIABLES,
  'section_category',
  'heading_path',
  'paragraph_index',
  'start',
  'end',
  'text',
  'text_simplified',
  'code_id',
  'code_path',
  'code_label',
  'memo',
  'coder',
  'origin',
  'created_at',
  'updated_at',
] as const;

export type SegmentColumn = (typeof SEGMENT_COLUMNS)[number];
export type SegmentRow = Record<SegmentColumn, Cell>;

export function documentVariables(d: DocumentRecord): Record<(typeof DOCUMENT_VARIABLES)[number], Cell> {
  return {
    doc_id: d.id,
    file_name: d.fileName,
    title: d.title,
    genre: d.genre,
    province: d.region.province,
    city: d.region.city,
    county: d.region.county,
    region_code: d.region.code,
    level: d.level,
    report_year: d.reportYear,
    published: d.published,
    publisher: d.publisher,
    script: d.script,
  };
}

export function buildSegmentRows(snapshot: ProjectSnapshot, scope: ExportScope = {}): SegmentRow[] {
  const scoped = scopeProject(snapshot, scope);
  const contents = new Map<string, DocumentContent>(snapshot.contents.map((c) => [c.docId, c]));
  const docs = new Map(scoped.documents.map((d) => [d.id, d]));
  const rows: SegmentRow[] = [];
  let currentDoc = '';
  let vars: ReturnType<typeof documentVariables> | null = null;
  let map: OffsetMap | null = null;
  let simplified: OffsetMap | null = null;
  let locate: ReturnType<typeof structureLocator> = structureLocator(undefined);
  for (const a of scoped.annotations) {
    if (a.docId !== currentDoc) {
      // Annotations come grouped by document: one OffsetMap and locator per document.
      currentDoc = a.docId;
      const content = contents.get(a.docId);
      vars = documentVariables(docs.get(a.docId)!);
      map = new OffsetMap(content?.text ?? '');
      simplified = content?.simplified ? new OffsetMap(content.simplified) : null;
      locate = structureLocator(content);
    }
    const info = scoped.codeInfo.get(a.codeId)!;
    const where = locate(a.start);
    const v = vars!;
    // A literal with every column (no spread): 100,000 rows stay fast, same-shaped objects.
    rows.push({
      doc_id: v.doc_id,
      file_name: v.file_name,
      title: v.title,
      genre: v.genre,
      province: v.province,
      city: v.city,
      county: v.county,
      region_code: v.region_code,
      level: v.level,
      report_year: v.report_year,
      published: v.published,
      publisher: v.publisher,
      script: v.script,
      section_category: where.sectionCategory,
      heading_path: where.headingPath,
      paragraph_index: where.paragraphIndex,
      start: a.start,
      end: a.end,
      text: map!.slice(a.start, a.end),
      text_simplified: simplified ? simplified.slice(a.start, a.end) : null,
      code_id: a.codeId,
      code_path: info.path,
      code_label: info.code.name,
      memo: a.memo,
      coder: a.coder,
      origin: a.origin,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    });
  }
  return rows;
}
