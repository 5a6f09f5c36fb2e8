/**
 * The government × year panel: one row per government and year reported on,
 * with the report's variables, its characters per prescribed section, the items
 * it lists under shortcomings and plans, and its codings per code.
 *
 * A report's copies (`copyOf` set) are the same report and are skipped. When two
 * documents that are not marked copies land on one cell, the cell keeps the one
 * with more codings (then the longer one) and `docs_in_cell` says how many there were.
 * Documents that are not reports, or lack a year or a government, are left out
 * and listed in `unplaced`.
 */
import { CATEGORIES, type Category } from '../model/document';
import type { Annotation, DocumentContent, DocumentRecord, ProjectSnapshot } from '../model/project';
import type { Cell } from '../export/rows/segments';
import { sortCodeTree } from '../codebook/tree';
import { describeCodes } from '../export/scope';
import { categoryItems } from './items';
import { governmentOf, type Government } from './government';

export type CellStatus = 'missing' | 'present' | 'coded';

export interface PanelCell {
  government: Government;
  year: number;
  /** The document standing for this government-year. */
  doc: DocumentRecord;
  /** Documents (not copies) found for this cell. */
  docCount: number;
  codings: number;
}

export interface PanelIndex {
  governments: Government[];
  /** Every year from the first to the last reported on, gaps included. */
  years: number[];
  /** `${governmentId}\t${year}` → cell. */
  cells: Map<string, PanelCell>;
  /** Documents left out, with the reason. */
  unplaced: { doc: DocumentRecord; reason: 'copy' | 'not-a-report' | 'no-year' | 'no-government' }[];
}

export const cellKey = (governmentId: string, year: number): string => `${governmentId}\t${year}`;

/** Places every document in the panel (cheap: metadata and coding counts only). */
export function indexPanel(
  documents: readonly DocumentRecord[],
  codingsByDoc: ReadonlyMap<string, number> = new Map(),
): PanelIndex {
  const cells = new Map<string, PanelCell>();
  const governments = new Map<string, Government>();
  const unplaced: PanelIndex['unplaced'] = [];
  // A copy whose original is not in the project (deleted before deletes promoted a copy) stands for the report.
  const ids = new Set(documents.map((d) => d.id));
  for (const doc of documents) {
    if (doc.copyOf && ids.has(doc.copyOf)) {
      unplaced.push({ doc, reason: 'copy' });
      continue;
    }
    if (doc.genre !== 'report') {
      unplaced.push({ doc, reason: 'not-a-report' });
      continue;
    }
    if (doc.reportYear === null) {
      unplaced.push({ doc, reason: 'no-year' });
      continue;
    }
    const gov = governmentOf(doc);
    if (!gov) {
      unplaced.push({ doc, reason: 'no-government' });
      continue;
    }
    if (!governments.has(gov.id)) governments.set(gov.id, gov);
    const key = cellKey(gov.id, doc.reportYear);
    const codings = codingsByDoc.get(doc.id) ?? 0;
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, { government: gov, year: doc.reportYear, doc, docCount: 1, codings });
      continue;
    }
    cell.docCount++;
    if (codings > cell.codings || (codings === cell.codings && doc.length > cell.doc.length)) {
      cell.doc = doc;
      cell.codings = codings;
    }
  }
  const placedYears = [...cells.values()].map((c) => c.year);
  const years: number[] = [];
  if (placedYears.length) {
    for (let y = Math.min(...placedYears); y <= Math.max(...placedYears); y++) years.push(y);
  }
  const sorted = [...governments.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { governments: sorted, years, cells, unplaced };
}

export function cellStatus(index: PanelIndex, governmentId: string, year: number): CellStatus {
  const cell = index.cells.get(cellKey(governmentId, year));
  return !cell ? 'missing' : cell.codings > 0 ? 'coded' : 'present';
}

/** Columns that identify a row in both forms. */
export const PANEL_ID_COLUMNS = ['government_id', 'government', 'region_code', 'report_year'] as const;

const FIXED_COLUMNS = [
  ...PANEL_ID_COLUMNS,
  'level',
  'province',
  'city',
  'county',
  'doc_id',
  'file_name',
  'docs_in_cell',
  'published',
  'days_after_deadline',
  'chars_total',
  ...CATEGORIES.map((c) => `chars_${c}`),
  'items_shortcomings',
  'items_plans',
  'segments',
] as const;

export interface PanelTable {
  columns: string[];
  rows: Record<string, Cell>[];
}

/** Days from 1 April of the year after the year reported on (the deadline) to publication; negative = early. */
export function daysAfterDeadline(published: string | null, reportYear: number | null): number | null {
  if (!published || reportYear === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(day)) return null;
  return Math.round((day - Date.UTC(reportYear + 1, 3, 1)) / 86_400_000);
}

/** What the panel table is built from: a snapshot, or the same rows read a part at a time (the export worker). */
export interface PanelInput {
  documents: readonly DocumentRecord[];
  codes: ProjectSnapshot['codes'];
  annotations: readonly Pick<Annotation, 'docId' | 'codeId'>[];
}

/** A report's characters per category and item counts (`panelStructure`): the part of a row read from its text. */
export type PanelStructure = Record<string, Cell>;

function codingCounts(annotations: PanelInput['annotations']) {
  const counts = new Map<string, Map<string, number>>();
  for (const a of annotations) {
    let perCode = counts.get(a.docId);
    if (!perCode) counts.set(a.docId, (perCode = new Map()));
    perCode.set(a.codeId, (perCode.get(a.codeId) ?? 0) + 1);
  }
  const totals = new Map([...counts].map(([doc, m]) => [doc, [...m.values()].reduce((s, n) => s + n, 0)]));
  return { counts, totals };
}

/** The documents that stand for a government-year: the only texts the table reads. */
export function panelDocuments(input: PanelInput): DocumentRecord[] {
  const index = indexPanel(input.documents, codingCounts(input.annotations).totals);
  return [...index.cells.values()].map((c) => c.doc);
}

/**
 * The wide panel: one row per government-year present (missing years have no row).
 * Each row's structure comes from `structures` (computed by `panelStructure` from the
 * texts of `panelDocuments`, e.g. a chunk at a time) or else from `contents`.
 */
export function buildPanelTable(
  input: PanelInput & { contents?: readonly DocumentContent[] },
  structures?: ReadonlyMap<string, PanelStructure>,
): PanelTable {
  const { counts, totals } = codingCounts(input.annotations);
  const index = indexPanel(input.documents, totals);
  const contents = new Map((input.contents ?? []).map((c) => [c.docId, c]));
  const info = describeCodes(input.codes);
  const codes = sortCodeTree(input.codes).map((c) => info.get(c.id)!);
  const columns = [...FIXED_COLUMNS, ...codes.map((c) => `n_${c.key}`)];
  const rows: Record<string, Cell>[] = [];
  for (const gov of index.governments) {
    for (const year of index.years) {
      const cell = index.cells.get(cellKey(gov.id, year));
      if (!cell) continue;
      const d = cell.doc;
      const row: Record<string, Cell> = {
        government_id: gov.id,
        government: gov.name,
        region_code: d.region.code,
        report_year: year,
        level: d.level,
        province: d.region.province,
        city: d.region.city,
        county: d.region.county,
        doc_id: d.id,
        file_name: d.fileName,
        docs_in_cell: cell.docCount,
        published: d.published,
        days_after_deadline: daysAfterDeadline(d.published, year),
        ...(structures?.get(d.id) ?? panelStructure(contents.get(d.id), d.length)),
        segments: cell.codings,
      };
      const perCode = counts.get(d.id);
      for (const c of codes) row[`n_${c.key}`] = perCode?.get(c.code.id) ?? 0;
      rows.push(row);
    }
  }
  return { columns, rows };
}

/** Characters per category and item counts; empty when the report's structure was not found. */
export function panelStructure(content: DocumentContent | undefined, length: number): PanelStructure {
  const out: Record<string, Cell> = { chars_total: length };
  const known = content !== undefined && content.sections.length > 0;
  for (const c of CATEGORIES) out[`chars_${c}`] = known ? charsOf(content, c) : null;
  for (const c of ['shortcomings', 'plans'] as const) {
    const has = known && content.sections.some((s) => s.category === c);
    out[`items_${c}`] = has ? categoryItems(content, c).length : null;
  }
  return out;
}

function charsOf(content: DocumentContent, category: Category): number {
  return content.sections.filter((s) => s.category === category).reduce((n, s) => n + (s.end - s.start), 0);
}

/** The long panel: one row per government, year and variable. */
export function panelLong(wide: PanelTable): PanelTable {
  const ids = new Set<string>(PANEL_ID_COLUMNS);
  const variables = wide.columns.filter((c) => !ids.has(c));
  const rows: Record<string, Cell>[] = [];
  for (const r of wide.rows) {
    for (const v of variables) {
      rows.push({
        government_id: r.government_id ?? null,
        government: r.government ?? null,
        region_code: r.region_code ?? null,
        report_year: r.report_year ?? null,
        variable: v,
        value: r[v] ?? null,
      });
    }
  }
  return { columns: [...PANEL_ID_COLUMNS, 'variable', 'value'], rows };
}
