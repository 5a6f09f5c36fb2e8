/**
 * The metadata form's pure logic: a string draft of a document's metadata, its
 * validation (checked as the user types), and the patch of what changed.
 * Errors are codes; the panel translates them.
 */
import type { AdminLevel, DocumentMeta, Genre, Region } from '../../../../shared/model/document';
import { isCalendarDate, isYear } from '../../../../shared/model/metadata';
import { divisionByCode, divisionPath, isDivisionCode } from '../../../../shared/regions';

/** Form fields as typed: every value a string, '' meaning "not set". */
export interface MetaDraft {
  title: string;
  genre: Genre;
  reportYear: string;
  published: string;
  documentDate: string;
  indexNumber: string;
  publisher: string;
  region: Region;
  level: AdminLevel | '';
}

export type MetaField = keyof MetaDraft;
export type MetaErrorCode = 'year-format' | 'year-range' | 'date-format' | 'date-invalid' | 'region-unknown';
export type MetaErrors = Partial<Record<MetaField, MetaErrorCode>>;

export function draftFromMeta(meta: DocumentMeta): MetaDraft {
  return {
    title: meta.title ?? '',
    genre: meta.genre,
    reportYear: meta.reportYear === null ? '' : String(meta.reportYear),
    published: meta.published ?? '',
    documentDate: meta.documentDate ?? '',
    indexNumber: meta.indexNumber ?? '',
    publisher: meta.publisher ?? '',
    region: { ...meta.region },
    level: meta.level ?? '',
  };
}

function validateYear(s: string): MetaErrorCode | null {
  const t = s.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) return 'year-format';
  return isYear(Number(t)) ? null : 'year-range';
}

/** A real calendar date written YYYY-MM-DD (2023-02-30 is refused): the core's one date rule. */
export function validateDate(s: string): MetaErrorCode | null {
  const t = s.trim();
  if (t === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return 'date-format';
  return isCalendarDate(t) ? null : 'date-invalid';
}

export function validateDraft(d: MetaDraft): MetaErrors {
  const errors: MetaErrors = {};
  const year = validateYear(d.reportYear);
  if (year) errors.reportYear = year;
  const published = validateDate(d.published);
  if (published) errors.published = published;
  const documentDate = validateDate(d.documentDate);
  if (documentDate) errors.documentDate = documentDate;
  if (d.region.code && !isDivisionCode(d.region.code)) errors.region = 'region-unknown';
  return errors;
}

/** The region a division stands for: province, prefecture city and county from its path. */
export function regionFromDivision(code: string): Region | null {
  if (!divisionByCode(code)) return null;
  const path = divisionPath(code);
  return {
    province: path.find((x) => x.level === 'province')?.name ?? null,
    city: path.find((x) => x.level === 'prefecture')?.name ?? null,
    county: path.find((x) => x.level === 'county')?.name ?? null,
    code,
  };
}

/**
 * Choosing a division: fill the region and take its level (a district picked is 县级,
 * whatever the level was). A department's report keeps its level: the department
 * sits in the region without being its government.
 */
export function chooseDivision(d: MetaDraft, code: string): MetaDraft {
  const region = regionFromDivision(code);
  const division = divisionByCode(code);
  if (!region || !division) return d;
  return { ...d, region, level: d.level === 'department' ? d.level : division.level };
}

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** What the draft changes relative to `meta`, ready for `onSave`. Call only on a valid draft. */
export function patchFromDraft(meta: DocumentMeta, d: MetaDraft): Partial<DocumentMeta> {
  const next: Pick<
    DocumentMeta,
    'title' | 'genre' | 'reportYear' | 'published' | 'documentDate' | 'indexNumber' | 'publisher' | 'level'
  > = {
    title: text(d.title),
    genre: d.genre,
    reportYear: d.reportYear.trim() === '' ? null : Number(d.reportYear.trim()),
    published: text(d.published),
    documentDate: text(d.documentDate),
    indexNumber: text(d.indexNumber),
    publisher: text(d.publisher),
    level: d.level === '' ? null : d.level,
  };
  const patch: Partial<DocumentMeta> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== meta[key]) Object.assign(patch, { [key]: next[key] });
  }
  const r = d.region;
  const o = meta.region;
  if (r.province !== o.province || r.city !== o.city || r.county !== o.county || r.code !== o.code) {
    patch.region = { ...r };
  }
  return patch;
}

export function isDirty(meta: DocumentMeta, d: MetaDraft): boolean {
  return Object.keys(patchFromDraft(meta, d)).length > 0;
}
