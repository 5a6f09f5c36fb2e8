/**
 * From extracted blocks to classified lines: normalised, furniture and metadata
 * lines recognised (metadata read out of them), PDF running headers found.
 */
import type { Extracted } from '../formats/types';
import { isFurniture, runningLines } from './furniture';
import {
  BRACKET_DATE,
  DATE_ONLY,
  ORG_ONLY,
  collectFields,
  emptyMeta,
  parseMetadataLine,
  parseOrgDateLine,
} from './metadata';
import type { MetaFields } from './metadata';
import { blockLines } from './whitespace';

export interface Line {
  text: string;
  zone: 'main' | 'aside';
  headingLevel?: number;
  page?: number;
  /** Why the line is not report text, or null when it may be. */
  drop: 'furniture' | 'metadata' | null;
  /** The line before PDF gap removal: metadata keys and values are separated by those gaps. */
  raw: string;
}

/**
 * PDF text puts spaces where the layout had gaps (滴道区 2022 年度): a space next
 * to a Chinese character or full-width punctuation is layout, not text. A single
 * space between two ideographs is the file's own (pdf-lines keeps only those: the
 * gap between a joint title's issuers, 区委 区人民政府), so it stays.
 */
const PDF_GAP =
  /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s+|\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

/** A PDF line without its layout spaces (one space between two ideographs kept). */
function pdfText(raw: string): string {
  return raw.replace(PDF_GAP, (gap: string, at: number) => {
    const between =
      /\p{Script=Han}$/u.test(raw.slice(Math.max(0, at - 2), at)) && /^\p{Script=Han}/u.test(raw.slice(at + 1, at + 3));
    return gap === ' ' && between ? ' ' : '';
  });
}

export function classifyLines(ex: Extracted): { lines: Line[]; meta: MetaFields } {
  const lines: Line[] = [];
  for (const block of ex.blocks) {
    for (const raw of blockLines(block.text)) {
      const text = ex.format === 'pdf' ? pdfText(raw) : raw;
      if (!text) continue;
      lines.push({ text, raw, zone: block.zone, headingLevel: block.headingLevel, page: block.page, drop: null });
    }
  }
  const meta = emptyMeta();
  const rank = new Map<string, number>();
  const running = runningLines(lines);
  // Above the body only: an unlabelled "issuing body + date" line and a bracketed date are
  // datelines there; at the end of a report the same shapes are its signature.
  const firstProse = lines.findIndex((l) => l.zone === 'main' && (l.text.length > 40 || /[。；]$/.test(l.text)));
  // Main-zone metadata first: the report's own 来源 beats a sidebar's.
  for (const zone of ['main', 'aside'] as const) {
    lines.forEach((line, i) => {
      if (line.zone !== zone) return;
      const head = firstProse < 0 || i < firstProse;
      const bracket = head ? BRACKET_DATE.exec(line.text) : null;
      const fields =
        parseMetadataLine(line.raw) ??
        (head ? parseOrgDateLine(line.text) : null) ??
        (bracket ? new Map([['@date', bracket[1]!]]) : null);
      if (fields) {
        collectFields(meta, fields, rank);
        line.drop = 'metadata';
      } else if (isFurniture(line.text) || running.has(line.text)) {
        line.drop = 'furniture';
      } else if (head && (ORG_ONLY.test(line.text) || DATE_ONLY.test(line.text))) {
        // Above the body, a lone body name or date is a site header or a two-line dateline: not
        // report text, and not read either (which of the two it is cannot be told with confidence).
        line.drop = 'furniture';
      }
    });
  }
  return { lines, meta };
}
