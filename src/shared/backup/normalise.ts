/**
 * Every row read from a backup passes through here: types checked, missing
 * optional fields filled with their defaults, unknown enum values replaced, so
 * the rest of the app can trust the snapshot. A row without its id is dropped.
 */
import { CATEGORIES, type Heading, type Section, type Span } from '../model/document';
import { ADMIN_LEVELS, GENRES, SCRIPTS, SOURCE_FORMATS, isCalendarDate, isYear, oneOf } from '../model/metadata';
import { CUSTOM_VARIABLE_TYPES } from '../model/custom-variables';
import type {
  Annotation,
  Code,
  CustomValue,
  CustomVariable,
  DocumentContent,
  DocumentRecord,
  Memo,
  Project,
  Resolution,
  SuggestionDecision,
} from '../model/project';

type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, def = ''): string => (typeof v === 'string' ? v : def);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown, def = 0): number => (typeof v === 'number' && Number.isInteger(v) ? v : def);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const oneOfOr = <T extends string>(values: readonly T[], v: unknown, def: T): T => oneOf(values, v) ?? def;
const id = (v: Obj, key = 'id'): string | null => {
  const s = v[key];
  return typeof s === 'string' && s.length > 0 ? s : null;
};

export function normaliseProject(v: unknown, now: string): Project | null {
  if (!isObj(v) || !id(v)) return null;
  const createdAt = str(v.createdAt, now);
  return { id: id(v)!, name: str(v.name, 'Project'), createdAt, updatedAt: str(v.updatedAt, createdAt) };
}

const span = (v: Obj): Span => ({ start: int(v.start), end: int(v.end) });

export function normaliseDocument(v: unknown, projectId: string, now: string): DocumentRecord | null {
  if (!isObj(v) || !id(v)) return null;
  const region = isObj(v.region) ? v.region : {};
  const addedAt = str(v.addedAt, now);
  return {
    id: id(v)!,
    projectId,
    fileName: str(v.fileName, 'document'),
    format: oneOfOr(SOURCE_FORMATS, v.format, 'txt'),
    encoding: strOrNull(v.encoding),
    sha256Bytes: str(v.sha256Bytes),
    sha256Text: str(v.sha256Text),
    length: int(v.length),
    warnings: arr(v.warnings)
      .filter(isObj)
      .map((w) => ({ code: str(w.code), message: str(w.message) })),
    addedAt,
    updatedAt: str(v.updatedAt, addedAt),
    title: strOrNull(v.title),
    publisher: strOrNull(v.publisher),
    // A value the metadata editor would refuse is left empty rather than kept wrong.
    published: isCalendarDate(v.published) ? v.published : null,
    documentDate: isCalendarDate(v.documentDate) ? v.documentDate : null,
    indexNumber: strOrNull(v.indexNumber),
    reportYear: isYear(v.reportYear) ? v.reportYear : null,
    region: {
      province: strOrNull(region.province),
      city: strOrNull(region.city),
      county: strOrNull(region.county),
      code: strOrNull(region.code),
    },
    level: oneOf(ADMIN_LEVELS, v.level),
    genre: oneOfOr(GENRES, v.genre, 'report'),
    script: oneOfOr(SCRIPTS, v.script, 'simplified'),
    ...sameReportFields(v),
    ...customValuesOf(v.customValues),
  };
}

/** Custom variable values: only text, finite numbers and yes/no survive (a date is text). */
function customValuesOf(v: unknown): { customValues?: Record<string, CustomValue> } {
  if (!isObj(v)) return {};
  const out: Record<string, CustomValue> = {};
  for (const [k, x] of Object.entries(v))
    if (typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) out[k] = x;
  return Object.keys(out).length > 0 ? { customValues: out } : {};
}

export function normaliseVariable(v: unknown, projectId: string, now: string): CustomVariable | null {
  if (!isObj(v) || !id(v) || typeof v.name !== 'string' || v.name.trim() === '') return null;
  const createdAt = str(v.createdAt, now);
  return {
    id: id(v)!,
    projectId,
    name: v.name.trim(),
    type: oneOfOr(CUSTOM_VARIABLE_TYPES, v.type, 'text'),
    order: typeof v.order === 'number' && Number.isFinite(v.order) ? v.order : 0,
    createdAt,
    updatedAt: str(v.updatedAt, createdAt),
  };
}

/** The copy link, fingerprint and removed lines, kept only when well-formed (older backups have none). */
function sameReportFields(v: Obj): Pick<DocumentRecord, 'copyOf' | 'fingerprint' | 'nearKeys' | 'removed'> {
  const out: Pick<DocumentRecord, 'copyOf' | 'fingerprint' | 'nearKeys' | 'removed'> = {};
  if (typeof v.copyOf === 'string' && v.copyOf) out.copyOf = v.copyOf;
  const fp = arr(v.fingerprint);
  if (fp.length && fp.every((n) => Number.isInteger(n) && (n as number) >= 0)) out.fingerprint = fp as number[];
  const keys = arr(v.nearKeys);
  if (keys.length && keys.every((k) => typeof k === 'string')) out.nearKeys = keys as string[];
  const removed = arr(v.removed);
  if (removed.length && removed.every((k) => typeof k === 'string')) out.removed = removed as string[];
  return out;
}

export function normaliseContent(v: unknown): DocumentContent | null {
  if (!isObj(v) || !id(v, 'docId')) return null;
  return {
    docId: id(v, 'docId')!,
    text: str(v.text),
    simplified: strOrNull(v.simplified),
    headings: arr(v.headings)
      .filter(isObj)
      .map((h): Heading => ({ ...span(h), text: str(h.text), level: int(h.level, 1) })),
    sections: arr(v.sections)
      .filter(isObj)
      .map((s): Section => ({
        ...span(s),
        heading: str(s.heading),
        category: oneOfOr(CATEGORIES, s.category, 'other'),
        level: int(s.level, 1),
        headingEnd: int(s.headingEnd, int(s.start)),
      })),
    paragraphs: arr(v.paragraphs).filter(isObj).map(span),
    sentences: arr(v.sentences).filter(isObj).map(span),
  };
}

export function normaliseCode(v: unknown, projectId: string, now: string): Code | null {
  if (!isObj(v) || !id(v)) return null;
  const createdAt = str(v.createdAt, now);
  const color = str(v.color);
  return {
    id: id(v)!,
    projectId,
    parentId: strOrNull(v.parentId),
    name: str(v.name, 'Code'),
    nameEn: strOrNull(v.nameEn),
    description: str(v.description),
    // Optional in the model: kept absent when absent, so a restore equals what was saved.
    ...('descriptionEn' in v ? { descriptionEn: strOrNull(v.descriptionEn) } : {}),
    color: /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#9e9e9e',
    shortcut: strOrNull(v.shortcut),
    order: int(v.order),
    category: oneOf(CATEGORIES, v.category),
    createdAt,
    updatedAt: str(v.updatedAt, createdAt),
  };
}

export function normaliseAnnotation(v: unknown, projectId: string, now: string): Annotation | null {
  if (!isObj(v) || !id(v) || !id(v, 'docId') || !id(v, 'codeId')) return null;
  const createdAt = str(v.createdAt, now);
  // One literal of one shape (no spread): a project file holds 100,000 of these.
  const row: Annotation = {
    id: v.id as string,
    projectId,
    docId: v.docId as string,
    codeId: v.codeId as string,
    start: int(v.start, -1),
    end: int(v.end, -1),
    quote: str(v.quote),
    memo: str(v.memo),
    coder: str(v.coder),
    origin: v.origin === 'suggestion' || v.origin === 'auto' ? v.origin : 'manual',
    createdAt,
    updatedAt: str(v.updatedAt, createdAt),
  };
  if (typeof v.autoQuery === 'string') row.autoQuery = v.autoQuery;
  return row;
}

export function normaliseMemo(v: unknown, projectId: string, now: string): Memo | null {
  if (!isObj(v) || !id(v)) return null;
  const createdAt = str(v.createdAt, now);
  return {
    id: id(v)!,
    projectId,
    targetType: oneOfOr(['project', 'document', 'code'] as const, v.targetType, 'project'),
    targetId: strOrNull(v.targetId),
    text: str(v.text),
    author: str(v.author),
    createdAt,
    updatedAt: str(v.updatedAt, createdAt),
  };
}

export function normaliseDecision(v: unknown, projectId: string, now: string): SuggestionDecision | null {
  if (!isObj(v) || !id(v) || !id(v, 'docId')) return null;
  return {
    id: id(v)!,
    projectId,
    docId: id(v, 'docId')!,
    ...span(v),
    category: oneOfOr(CATEGORIES, v.category, 'other'),
    decision: 'rejected',
    decidedAt: str(v.decidedAt, now),
  };
}

/** A resolve-view decision; one without its passage, coders or a known decision is dropped (reported). */
export function normaliseResolution(v: unknown, projectId: string, now: string): Resolution | null {
  if (!isObj(v) || !id(v) || !id(v, 'docId') || !id(v, 'codeId')) return null;
  if (typeof v.coderA !== 'string' || typeof v.coderB !== 'string') return null;
  const decision = oneOf(['a', 'b', 'both', 'neither'] as const, v.decision);
  const start = int(v.start, -1);
  const end = int(v.end, -1);
  if (!decision || start < 0 || end <= start) return null;
  return {
    id: id(v)!,
    projectId,
    docId: id(v, 'docId')!,
    codeId: id(v, 'codeId')!,
    start,
    end,
    coderA: v.coderA,
    coderB: v.coderB,
    decision,
    decidedAt: str(v.decidedAt, now),
  };
}

export { arr };
