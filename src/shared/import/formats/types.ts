/**
 * What a format reader hands to the analysis stage: the file's text as blocks
 * (paragraphs or lines) in reading order, with hints the format knows about, and
 * nothing interpreted yet. Furniture removal, metadata and structure are the
 * analysis stage's job (../analyze), which works the same for every format.
 */
import type { ImportError, ImportWarning, SourceFormat } from '../../model/document';

export interface RawBlock {
  /** One paragraph (DOCX, HTML block, PDF paragraph after rejoining wrapped lines) or one line (TXT). */
  text: string;
  /**
   * 'main': inside the content the format reader takes for the document's body
   * (HTML: the article container; other formats: everything).
   * 'aside': outside it (HTML page header, navigation, sidebars, footer) — kept so the
   * analysis can still read metadata such as 发布时间 from it, never report text.
   */
  zone: 'main' | 'aside';
  /** HTML h1–h6 or a Word heading style / Title style: its level (0 = title). */
  headingLevel?: number;
  /** PDF: the 1-based page the block starts on. */
  page?: number;
}

export interface Extracted {
  format: SourceFormat;
  /** The text encoding used (WHATWG name), for TXT and HTML; null otherwise. */
  encoding: string | null;
  blocks: RawBlock[];
  /** Title from the container: HTML <title>, DOCX core title, PDF Info title. Raw; may be junk. */
  containerTitle: string | null;
  /** HTML <meta name|property=… content=…> pairs (names lower-cased); DOCX/PDF document properties. */
  properties: Record<string, string>;
  warnings: ImportWarning[];
}

export type ExtractResult = { ok: true; value: Extracted } | { ok: false; error: ImportError };
