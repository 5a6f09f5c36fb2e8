/**
 * A document's metadata rules, in one place: the values each enum field may take
 * (the types are derived from these lists), the one rule for a date and the one
 * range for a year. The importer's analysis, the metadata editor, a backup's
 * normalise step and REFI-QDA variables all check with these, so an import can
 * never store a value the editor would refuse. Pure.
 */
import type { DocumentMeta, Region } from './document';

export const GENRES = ['report', 'news', 'other'] as const;
export type Genre = (typeof GENRES)[number];

export const SCRIPTS = ['simplified', 'traditional'] as const;
export type Script = (typeof SCRIPTS)[number];

/** Administrative level of the reporting government. */
export const ADMIN_LEVELS = ['province', 'prefecture', 'county', 'township', 'department'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** The formats a document can have been imported from. */
export const SOURCE_FORMATS = ['txt', 'html', 'docx', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** `value` if it is one of `values`, else null (narrows an unknown to the enum). */
export function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return values.find((x) => x === value) ?? null;
}

/**
 * The years a report, a publication or a document date may have: from the founding
 * of the PRC (older dates are misreadings) to 2100.
 */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

/** A whole year within the range. */
export function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

/** The date YYYY-MM-DD for year, month and day if it is a real calendar day in the year range (not 2023-02-31), else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!isYear(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}

/** True for a date written exactly YYYY-MM-DD that is a real day in the year range. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

export type MetaPatch = Partial<DocumentMeta>;

export interface MetaFieldError {
  field: keyof DocumentMeta;
  code: 'year' | 'date' | 'region-code' | 'enum' | 'type';
  message: string;
}

export interface MetaValidators {
  /** True for a known GB/T 2260 code. Without it any six-digit code passes. */
  isRegionCode?: (code: string) => boolean;
}

export type MetaPatchResult = { ok: true; patch: MetaPatch } | { ok: false; errors: MetaFieldError[] };

/** The patch with strings trimmed (empty → null), or the list of what is wrong with it. */
export function validateMetaPatch(patch: MetaPatch, validators: MetaValidators = {}): MetaPatchResult {
  const errors: MetaFieldError[] = [];
  const out: MetaPatch = {};
  for (const field of ['title', 'publisher', 'indexNumber'] as const) {
    if (!(field in patch)) continue;
    const v = patch[field];
    if (v !== null && typeof v !== 'string') errors.push({ field, code: 'type', message: `${field} must be text.` });
    else out[field] = v === null || v.trim() === '' ? null : v.trim();
  }
  for (const field of ['published', 'documentDate'] as const) {
    if (!(field in patch)) continue;
    const v = patch[field];
    if (v === null || v === '') out[field] = null;
    else if (typeof v === 'string' && isCalendarDate(v.trim())) out[field] = v.trim();
    else
      errors.push({
        field,
        code: 'date',
        message: `${field} must be a real date from ${MIN_YEAR} to ${MAX_YEAR} written YYYY-MM-DD.`,
      });
  }
  if ('reportYear' in patch) {
    const y = patch.reportYear;
    if (y === null || isYear(y)) out.reportYear = y ?? null;
    else
      errors.push({
        field: 'reportYear',
        code: 'year',
        message: `The year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}.`,
      });
  }
  if ('region' in patch && patch.region) {
    const region = normaliseRegion(patch.region);
    const code = region.code;
    const valid = code === null || (/^\d{6}$/.test(code) && (validators.isRegionCode?.(code) ?? true));
    if (valid) out.region = region;
    else errors.push({ field: 'region', code: 'region-code', message: `${code} is not a known division code.` });
  }
  checkEnum('genre', GENRES, false);
  checkEnum('script', SCRIPTS, false);
  checkEnum('level', ADMIN_LEVELS, true);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, patch: out };

  function checkEnum(field: 'genre' | 'script' | 'level', allowed: readonly string[], nullable: boolean): void {
    if (!(field in patch)) return;
    const value = patch[field];
    if ((value === null && nullable) || (typeof value === 'string' && allowed.includes(value)))
      Object.assign(out, { [field]: value });
    else errors.push({ field, code: 'enum', message: `${field} must be one of ${allowed.join(', ')}.` });
  }
}

function normaliseRegion(r: Region): Region {
  const clean = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());
  return { province: clean(r.province), city: clean(r.city), county: clean(r.county), code: clean(r.code) };
}
