/**
 * The document variables as REFI-QDA `<Variable>`s. The GUIDs are derived from the
 * names, so our own files map back onto the same fields on import.
 */
import type { CustomVariableType, DocumentRecord } from '../model/project';
import { ADMIN_LEVELS, GENRES, SCRIPTS, isCalendarDate, isYear } from '../model/metadata';
import { derivedGuid } from './guid';

export type VariableType = 'Text' | 'Integer' | 'Date';

export interface VariableDef {
  name: string;
  type: VariableType;
  get(d: DocumentRecord): string | number | null;
  /** Writes an imported value back; returns false if the value does not fit the field. */
  set(d: DocumentRecord, value: string): boolean;
}

const text = (name: string, get: (d: DocumentRecord) => string | null, put: (d: DocumentRecord, v: string) => void) =>
  ({ name, type: 'Text', get, set: (d, v) => (put(d, v), true) }) satisfies VariableDef;

const oneOf =
  <T extends string>(values: readonly T[], put: (d: DocumentRecord, v: T) => void) =>
  (d: DocumentRecord, v: string): boolean => {
    const found = values.find((x) => x === v);
    if (found === undefined) return false;
    put(d, found);
    return true;
  };

/** A date as REFI's xsd:date wants it, and only a real one (model/metadata.ts). */
const date = (s: string | null): string | null => (isCalendarDate(s) ? s : null);

export const VARIABLES: VariableDef[] = [
  text(
    'title',
    (d) => d.title,
    (d, v) => (d.title = v),
  ),
  {
    name: 'genre',
    type: 'Text',
    get: (d) => d.genre,
    set: oneOf(GENRES, (d, v) => (d.genre = v)),
  },
  text(
    'province',
    (d) => d.region.province,
    (d, v) => (d.region.province = v),
  ),
  text(
    'city',
    (d) => d.region.city,
    (d, v) => (d.region.city = v),
  ),
  text(
    'county',
    (d) => d.region.county,
    (d, v) => (d.region.county = v),
  ),
  text(
    'region_code',
    (d) => d.region.code,
    (d, v) => (d.region.code = v),
  ),
  {
    name: 'level',
    type: 'Text',
    get: (d) => d.level,
    set: oneOf(ADMIN_LEVELS, (d, v) => (d.level = v)),
  },
  {
    name: 'report_year',
    type: 'Integer',
    get: (d) => d.reportYear,
    set: (d, v) => {
      const n = Number(v);
      if (!isYear(n)) return false;
      d.reportYear = n;
      return true;
    },
  },
  {
    name: 'published',
    type: 'Date',
    get: (d) => date(d.published),
    set: (d, v) => (date(v.slice(0, 10)) ? ((d.published = v.slice(0, 10)), true) : false),
  },
  {
    name: 'document_date',
    type: 'Date',
    get: (d) => date(d.documentDate),
    set: (d, v) => (date(v.slice(0, 10)) ? ((d.documentDate = v.slice(0, 10)), true) : false),
  },
  text(
    'publisher',
    (d) => d.publisher,
    (d, v) => (d.publisher = v),
  ),
  text(
    'index_number',
    (d) => d.indexNumber,
    (d, v) => (d.indexNumber = v),
  ),
  {
    name: 'script',
    type: 'Text',
    get: (d) => d.script,
    set: oneOf(SCRIPTS, (d, v) => (d.script = v)),
  },
];

export const variableGuid = (name: string): string => derivedGuid(`fazhi-variable:${name}`);

/** A custom variable's GUID, from its id (stable across exports of the project). */
export const customVariableGuid = (id: string): string => derivedGuid(`fazhi-custom-variable:${id}`);

/** The VariableValue element for each custom variable type (Project-mrt2019.xsd). */
export const CUSTOM_VALUE_ELEMENT = {
  text: 'TextValue',
  number: 'FloatValue',
  date: 'DateValue',
  boolean: 'BooleanValue',
} as const satisfies Record<CustomVariableType, string>;
