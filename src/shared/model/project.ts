/**
 * The project model: what a project holds, as stored and as exported.
 * Ids are UUID strings (crypto.randomUUID), times are ISO 8601 strings.
 * Offsets are Unicode code points into the document text, end exclusive.
 */
import type {
  Category,
  DocumentMeta,
  Heading,
  ImportWarning,
  ParsedDocument,
  Section,
  SourceFormat,
  Span,
} from './document';
import type { PlanLink } from '../plans/links';

export interface Project {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** A document's library row: metadata only (light, listed by the thousand). */
export interface DocumentRecord extends DocumentMeta {
  id: string;
  projectId: string;
  fileName: string;
  format: SourceFormat;
  encoding: string | null;
  sha256Bytes: string;
  sha256Text: string;
  /** Length of the text in code points. */
  length: number;
  warnings: ImportWarning[];
  /**
   * The id of the document this one is a copy of (the same report in another format, or a mirror
   * page): datasets count the report once. Absent or null for a report's primary document.
   */
  copyOf?: string | null;
  /** MinHash fingerprint of the text and its index keys (shared/import/same-report.ts); absent on older rows. */
  fingerprint?: number[];
  /** The fingerprint's band keys as schema v3 indexed them, across projects; v16 drops them for `bands`. */
  nearKeys?: string[];
  /**
   * The fingerprint's band keys within this document's project (projectBandKeys), indexed to find
   * the same report; derived by storage from `fingerprint` and `projectId` whenever a row is written.
   */
  bands?: string[];
  /** Page furniture and metadata lines the importer dropped from the text, shown to the user. */
  removed?: string[];
  /** Values of the project's own variables (CustomVariable), by variable id; a missing key is empty. */
  customValues?: Record<string, CustomValue>;
  addedAt: string;
  updatedAt: string;
}

/** A document's text and structure (loaded when the document is opened). */
export interface DocumentContent {
  docId: string;
  text: string;
  simplified: string | null;
  headings: Heading[];
  sections: Section[];
  paragraphs: Span[];
  sentences: Span[];
}

/** The original file, kept so researchers can go back to the source. */
export interface SourceFile {
  docId: string;
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface Code {
  id: string;
  projectId: string;
  parentId: string | null;
  /** Label in Chinese (the primary name). */
  name: string;
  /** Optional English label. */
  nameEn: string | null;
  description: string;
  /** Optional English description (the default codebook ships both languages). */
  descriptionEn?: string | null;
  /** CSS colour, #rrggbb. */
  color: string;
  /** A single key ('1'..'9', a letter) that applies the code, or null. */
  shortcut: string | null;
  /** Sort order among siblings. */
  order: number;
  /** For the five prescribed categories: their key. */
  category: Category | null;
  createdAt: string;
  updatedAt: string;
}

export type AnnotationOrigin = 'manual' | 'suggestion' | 'auto';

/** One coded segment: one range of one document with one code. */
export interface Annotation extends Span {
  id: string;
  projectId: string;
  docId: string;
  codeId: string;
  /** The text of [start, end) at coding time (checks that offsets still fit). */
  quote: string;
  memo: string;
  coder: string;
  origin: AnnotationOrigin;
  /** For origin 'auto': the search that made it (the query as typed, and how it was widened). */
  autoQuery?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A memo on a document or a code, or on the project (targetId null). */
export interface Memo {
  id: string;
  projectId: string;
  targetType: 'project' | 'document' | 'code';
  targetId: string | null;
  text: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** A suggestion the analyst rejected (accepted ones become annotations with origin 'suggestion'). */
export interface SuggestionDecision extends Span {
  id: string;
  projectId: string;
  docId: string;
  category: Category;
  decision: 'rejected';
  decidedAt: string;
}

/**
 * The lead's decision on a passage two coders coded differently (the resolve view). A, B or both
 * leave consensus codings; 'neither' leaves none, so the decision itself is what is kept.
 */
export interface Resolution {
  /** `resolutionId(…)`: deciding the same passage again replaces the decision. */
  id: string;
  projectId: string;
  docId: string;
  codeId: string;
  /** The passage, code points, end exclusive. */
  start: number;
  end: number;
  coderA: string;
  coderB: string;
  decision: 'a' | 'b' | 'both' | 'neither';
  decidedAt: string;
}

export const resolutionId = (r: Pick<Resolution, 'docId' | 'codeId' | 'start' | 'end' | 'coderA' | 'coderB'>): string =>
  `${r.docId}:${r.codeId}:${r.start}-${r.end}:${r.coderA}\u0000${r.coderB}`;

export type CustomVariableType = 'text' | 'number' | 'date' | 'boolean';
/** A value of a custom variable: text, a finite number, an ISO date (YYYY-MM-DD) or yes/no. */
export type CustomValue = string | number | boolean;

/** A researcher's own document variable ("coded by", "sample wave"), typed, in the project. */
export interface CustomVariable {
  id: string;
  projectId: string;
  name: string;
  type: CustomVariableType;
  /** Column order in the metadata panel and the datasets. */
  order: number;
  createdAt: string;
  updatedAt: string;
}

/** A whole project in memory: what backup, export and restore work on. */
export interface ProjectSnapshot {
  project: Project;
  documents: DocumentRecord[];
  contents: DocumentContent[];
  files: SourceFile[];
  codes: Code[];
  annotations: Annotation[];
  memos: Memo[];
  decisions: SuggestionDecision[];
  /** Decisions on plan → next year's measure pairs (absent in backups made before they existed). */
  planLinks?: PlanLink[];
  /** The project's own document variables (absent in snapshots made before they existed). */
  variables?: CustomVariable[];
  /** Decisions of the resolve view (absent in snapshots made before they were kept). */
  resolutions?: Resolution[];
}

/** Split a parsed document into its stored parts. */
export function toStoredDocument(
  parsed: ParsedDocument,
  ids: { id: string; projectId: string; now: string },
): { record: DocumentRecord; content: DocumentContent } {
  const { text, simplified, headings, sections, paragraphs, sentences, ...meta } = parsed;
  const record: DocumentRecord = {
    ...meta,
    id: ids.id,
    projectId: ids.projectId,
    length: [...text].length,
    addedAt: ids.now,
    updatedAt: ids.now,
  };
  const content: DocumentContent = { docId: ids.id, text, simplified, headings, sections, paragraphs, sentences };
  return { record, content };
}
