/** Messages between the renderer and its search worker (plain data: structured clone). */
import type { Span } from '../../../shared/model/document';
import type { AnnotationOrigin } from '../../../shared/model/project';
import type { AutocodeOptions, KwicRow, SearchQuery } from '../../../shared/search';

export type SearchRequest =
  | {
      type: 'search';
      id: number;
      dbName: string;
      docIds: string[];
      /** Per document, what changes when its text may have (the worker's cache is keyed by it). */
      stamps: string[];
      query: SearchQuery;
      width: number;
    }
  | { type: 'cancel'; id: number }
  | { type: 'warm'; id: number; dbName: string }
  | {
      type: 'plan';
      id: number;
      dbName: string;
      codeId: string;
      /** The hits to code, per document (in the search's document order). */
      hits: { docId: string; spans: Span[] }[];
      options: AutocodeOptions;
    }
  | { type: 'segments'; id: number; dbName: string; projectId: string; docIds: string[] | null };

export interface PlannedRow extends Span {
  docId: string;
  quote: string;
  hits: number;
}

export interface SegmentRowLite extends Span {
  id: string;
  docId: string;
  codeId: string;
  quote: string;
  memo: string;
  coder: string;
  origin: AnnotationOrigin;
  autoQuery: string | null;
  /** The top-level section the segment starts in: its category and heading. */
  category: string | null;
  heading: string | null;
}

export type SearchResponse =
  | { type: 'chunk'; id: number; rows: KwicRow[]; perDoc: [string, number][]; done: number; of: number }
  | { type: 'done'; id: number; total: number; ms: number }
  | { type: 'planned'; id: number; rows: PlannedRow[]; existing: number }
  | { type: 'segments'; id: number; rows: SegmentRowLite[] }
  | { type: 'error'; id: number; message: string };
