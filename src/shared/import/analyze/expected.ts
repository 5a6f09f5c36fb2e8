/**
 * Comparing what the importer read with what a page's expected metadata says:
 * shared by the corpus test and scripts/measure-metadata.ts.
 */
import type { ParsedDocument } from '../../model/document';

export interface Expected {
  file: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  reportYear: number | null;
  regionCode: string | null;
  level: string | null;
  genre: string;
  /** The stored text starts with this, and ends with `textEnd`. */
  textStart: string;
  textEnd: string;
}

export const FIELDS = [
  'title',
  'published',
  'publisher',
  'reportYear',
  'regionCode',
  'level',
  'genre',
  'textStart',
  'textEnd',
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldCheck {
  field: Field;
  ok: boolean;
  got: string | number | null;
  expected: string | number | null;
}

export function compareToExpected(doc: ParsedDocument, e: Expected): FieldCheck[] {
  const got: Record<Field, string | number | null> = {
    title: doc.title,
    published: doc.published,
    publisher: doc.publisher,
    reportYear: doc.reportYear,
    regionCode: doc.region.code,
    level: doc.level,
    genre: doc.genre,
    textStart: doc.text.slice(0, 40),
    textEnd: doc.text.slice(-40),
  };
  return FIELDS.map((field) => {
    const expected = e[field];
    const g = got[field];
    const ok =
      field === 'textStart'
        ? typeof g === 'string' && g.startsWith(e.textStart)
        : field === 'textEnd'
          ? typeof g === 'string' && g.endsWith(e.textEnd)
          : g === expected;
    return { field, ok, got: g, expected };
  });
}
