/**
 * What each rendered block looks like: built from the stored structure once per
 * document, before Lexical sees it.
 */
import type { Category, Heading, Section, Span } from '../../../../../shared/model/document';
import { OffsetMap } from '../../../../../shared/text/codepoints';

export interface BlockSpec {
  start: number;
  end: number;
  text: string;
  /** A heading spanning the whole paragraph: rendered as a heading element of this level. */
  headingLevel: number | null;
  /** A run-on heading: the first `boldUnits` UTF-16 units are the heading, rendered bold. */
  boldUnits: number;
}

export interface SectionLabelSpec extends Span {
  category: Category;
  heading: string;
  /** The block the label sits next to. */
  blockIndex: number;
}

/** One block per paragraph; `texts` are the paragraphs' rendered texts (ParagraphMap.texts). */
export function buildBlocks(paragraphs: readonly Span[], texts: readonly string[], headings: readonly Heading[]) {
  const byStart = new Map<number, Heading>();
  for (const h of headings) if (!byStart.has(h.start)) byStart.set(h.start, h);
  return paragraphs.map((p, i): BlockSpec => {
    const text = texts[i] ?? '';
    const h = byStart.get(p.start);
    if (!h) return { start: p.start, end: p.end, text, headingLevel: null, boldUnits: 0 };
    // Trailing whitespace after a heading does not make it run on.
    const bodyAfter = new OffsetMap(text).slice(Math.min(h.end, p.end) - p.start, p.end - p.start).trim();
    if (h.end >= p.end || bodyAfter === '') {
      return { start: p.start, end: p.end, text, headingLevel: Math.max(1, h.level), boldUnits: 0 };
    }
    const boldUnits = new OffsetMap(text).toUnit(h.end - p.start);
    return { start: p.start, end: p.end, text, headingLevel: null, boldUnits };
  });
}

/** Top-level sections and the block each label sits next to. */
export function sectionLabels(sections: readonly Section[], paragraphs: readonly Span[]): SectionLabelSpec[] {
  const minLevel = sections.reduce((m, s) => Math.min(m, s.level), Infinity);
  return sections
    .filter((s) => s.level === minLevel)
    .map((s) => {
      let blockIndex = paragraphs.findIndex((p) => p.end > s.start);
      if (blockIndex < 0) blockIndex = Math.max(0, paragraphs.length - 1);
      return { start: s.start, end: s.end, category: s.category, heading: s.heading, blockIndex };
    });
}
