/**
 * Offsets of the stored text: paragraphs, headings and top-level sections, in
 * code points (end exclusive).
 */
import type { Heading, Section, Span } from '../../model/document';
import { cpLength } from '../../text/codepoints';
import { categorize } from './category';
import { lineHeading } from './headings';

export interface Layout {
  text: string;
  paragraphs: Span[];
  headings: Heading[];
}

/** Join body lines into the stored text, with the span of every line and every heading. */
export function layout(lines: string[]): Layout {
  const paragraphs: Span[] = [];
  const headings: Heading[] = [];
  let at = 0;
  for (const line of lines) {
    const length = cpLength(line);
    paragraphs.push({ start: at, end: at + length });
    const h = lineHeading(line);
    if (h) {
      const text = line.slice(0, h.length);
      headings.push({ start: at, end: at + cpLength(text), text, level: h.level });
    }
    at += length + 1;
  }
  return { text: lines.join('\n'), paragraphs, headings };
}

/**
 * Top-level sections: the headings of the highest level present, each running
 * to the next one (or the end). `simplifiedHeading` gives the text matched
 * against the category rules (traditional headings are matched simplified).
 */
export function topSections(
  headings: Heading[],
  textLength: number,
  simplifiedHeading: (h: Heading) => string,
): Section[] {
  if (!headings.length) return [];
  // A loop, not Math.min(...): a 30 MB text has 100,000+ headings, past the browser's argument limit.
  const top = headings.reduce((m, h) => Math.min(m, h.level), Infinity);
  const tops = headings.filter((h) => h.level === top);
  return tops.map((h, i) => ({
    start: h.start,
    end: i + 1 < tops.length ? tops[i + 1]!.start : textLength,
    heading: h.text,
    category: categorize(simplifiedHeading(h)),
    level: h.level,
    headingEnd: h.end,
  }));
}
