/**
 * Validation of metadata edits made by the analyst. Pure (no Dexie): the region
 * code check is a parameter so storage need not load the regions table.
 */
import type { AdminLevel, DocumentMeta, Genre, Region, Script } from '../../../shared/model/document';

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

const GENRES: readonly Genre[] = ['report', 'news', 'other'];
const SCRIPTS: readonly Script[] = ['simplified', 'traditional'];
const LEVELS: readonly AdminLevel[] = ['province', 'prefecture', 'county', 'township', 'department'];

/** A real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The patch with strings trimmed (empty → null), or the list of what is wrong with it. */
export function validateMetaPatch(
  patch: MetaPatch,
  validators: MetaValidators = {},
): { ok: true; patch: MetaPatch } | { ok: false; errors: MetaFieldError[] } {
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
    else if (typeof v === 'string' && isIsoDate(v.trim())) out[field] = v.trim();
    else errors.push({ field, code: 'date', message: `${field} must be a real date written YYYY-MM-DD.` });
  }
  if ('reportYear' in patch) {
    const y = patch.reportYear;
    if (y === null) out.reportYear = null;
    else if (typeof y === 'number' && Number.isInteger(y) && y >= 1949 && y <= 2100) out.reportYear = y;
    else
      errors.push({ field: 'reportYear', code: 'year', message: 'The year must be a whole number from 1949 to 2100.' });
  }
  if ('region' in patch && patch.region) {
    const region = normaliseRegion(patch.region);
    const code = region.code;
    const valid = code === null || (/^\d{6}$/.test(code) && (validators.isRegionCode?.(code) ?? true));
    if (valid) out.region = region;
    else errors.push({ field: 'region', code: 'region-code', message: `${code} is not a known division code.` });
  }
  checkEnum('genre', patch.genre, GENRES, false);
  checkEnum('script', patch.script, SCRIPTS, false);
  checkEnum('level', patch.level, LEVELS, true);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, patch: out };

  function checkEnum<K extends 'genre' | 'script' | 'level'>(
    field: K,
    value: MetaPatch[K],
    allowed: readonly string[],
    nullable: boolean,
  ): void {
    if (!(field in patch)) return;
    if ((value === null && nullable) || (typeof value === 'string' && allowed.includes(value))) out[field] = value;
    else errors.push({ field, code: 'enum', message: `${field} must be one of ${allowed.join(', ')}.` });
  }
}

function normaliseRegion(r: Region): Region {
  const clean = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());
  return { province: clean(r.province), city: clean(r.city), county: clean(r.county), code: clean(r.code) };
}
