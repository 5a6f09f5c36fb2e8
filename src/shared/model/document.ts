/**
 * The document model: what the import pipeline produces and what storage,
 * the viewer and the exporters consume.
 *
 * Every offset in this module is a Unicode code point index into `text`
 * (the stored document text), end exclusive. Never a UTF-16 index.
 */

/** The five prescribed contents of a report (domain.md), used as section labels and top-level codes. */
export const CATEGORIES = ['measures', 'shortcomings', 'duties', 'plans', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

import type { AdminLevel, Genre, Script, SourceFormat } from './metadata';

// The enums' values and the date and year rules live in metadata.ts.
export type { AdminLevel, Genre, Script, SourceFormat } from './metadata';

/** A half-open range of code points [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
  /** GB/T 2260 six-digit code of the most specific level found. */
  code: string | null;
}

/** A heading found in the text, at any level (the outline). */
export interface Heading extends Span {
  /** The heading's text as it stands (for a run-on heading, only the heading part). */
  text: string;
  /** 1 = 一、, 2 = (一), 3 = 1., 4 = (1). */
  level: number;
}

/** A top-level section: from its heading's start to the next top-level heading (or the end of the text). */
export interface Section extends Span {
  heading: string;
  category: Category;
  level: number;
  /** Where the heading text ends (code points); the body follows. */
  headingEnd: number;
}

export interface ImportWarning {
  code: string;
  message: string;
}

export interface DocumentMeta {
  title: string | null;
  publisher: string | null;
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  /** 成文日期, YYYY-MM-DD. */
  documentDate: string | null;
  /** 索引号. */
  indexNumber: string | null;
  /** The year reported on. */
  reportYear: number | null;
  region: Region;
  level: AdminLevel | null;
  genre: Genre;
  script: Script;
}

/** A region with nothing known. */
export function emptyRegion(): Region {
  return { province: null, city: null, county: null, code: null };
}

/** Metadata with nothing known: every field null, genre report, simplified script (where analysis starts). */
export function blankMeta(): DocumentMeta {
  return {
    title: null,
    publisher: null,
    published: null,
    documentDate: null,
    indexNumber: null,
    reportYear: null,
    region: emptyRegion(),
    level: null,
    genre: 'report',
    script: 'simplified',
  };
}

/** The result of importing one file: text, metadata and structure. */
export interface ParsedDocument extends DocumentMeta {
  /** The file name as given (no directories). */
  fileName: string;
  format: SourceFormat;
  /** Detected or overridden encoding for text formats (WHATWG label, e.g. "gb18030"); null for docx/pdf. */
  encoding: string | null;
  /** Hex SHA-256 of the file bytes and of `text` (UTF-8). */
  sha256Bytes: string;
  sha256Text: string;
  text: string;
  /**
   * For traditional-character documents, `text` converted to simplified characters
   * character by character: same number of code points, so every offset is valid in both.
   * Null for simplified documents.
   */
  simplified: string | null;
  headings: Heading[];
  sections: Section[];
  paragraphs: Span[];
  sentences: Span[];
  warnings: ImportWarning[];
  /**
   * MinHash fingerprint of the (simplified) text, to recognise the same report in another
   * file (shared/import/same-report.ts). Absent for documents made before it existed.
   */
  fingerprint?: number[];
  /** Page furniture and metadata lines dropped from the top and bottom of the text, as they stood. */
  removed?: string[];
}

export type ImportErrorCode =
  | 'empty'
  | 'unsupported-format'
  | 'legacy-word'
  | 'encrypted'
  | 'corrupt'
  | 'scanned-pdf'
  | 'no-text'
  | 'binary'
  | 'too-large'
  /** The file took longer than the per-file time budget (`PARSE_TIME_BUDGET_MS`) to read. */
  | 'timeout'
  | 'internal';

export interface ImportError {
  code: ImportErrorCode;
  /** English sentence naming the file and the reason, and what to do. The UI translates by `code`. */
  message: string;
}

export type ImportResult = { ok: true; document: ParsedDocument } | { ok: false; fileName: string; error: ImportError };

export interface ImportOptions {
  /** Force a text encoding (WHATWG label) instead of detecting it. */
  encoding?: string;
}
