/**
 * Suggested codes from the sections the importer found: every body paragraph of a
 * section is offered with the section's category, unless the analyst already
 * accepted or rejected it. Pure; the storage layer supplies the rows.
 */
import type { Category, Section, Span } from '../model/document';
import type { Annotation, Code, DocumentContent, SuggestionDecision } from '../model/project';
import { OffsetMap } from '../text/codepoints';

export interface Suggestion extends Span {
  /** Stable across sessions: `${docId}:${start}:${end}:${category}`. */
  key: string;
  docId: string;
  category: Category;
  /** The top-level code for the category in this project. */
  codeId: string;
  /** The section the paragraph belongs to (for grouping "accept the whole section"). */
  sectionStart: number;
  sectionHeading: string;
}

export function suggestionKey(docId: string, span: Span, category: Category): string {
  return `${docId}:${span.start}:${span.end}:${category}`;
}

/** The code that stands for a category: a top-level code with that key (the first by order if several). */
export function categoryCodeIds(codes: readonly Code[]): Map<Category, string> {
  const out = new Map<Category, string>();
  const sorted = [...codes].sort(
    (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || a.order - b.order,
  );
  for (const c of sorted) if (c.category && !out.has(c.category)) out.set(c.category, c.id);
  return out;
}

export function suggestCodes(
  docId: string,
  content: Pick<DocumentContent, 'text' | 'sections' | 'paragraphs'>,
  codes: readonly Code[],
  annotations: readonly Pick<Annotation, 'docId' | 'start' | 'end' | 'codeId' | 'origin'>[],
  decisions: readonly Pick<SuggestionDecision, 'docId' | 'start' | 'end' | 'category'>[],
): Suggestion[] {
  const codeFor = categoryCodeIds(codes);
  const accepted = new Set(
    annotations
      .filter((a) => a.origin === 'suggestion' && a.docId === docId)
      .map((a) => `${a.start}:${a.end}:${a.codeId}`),
  );
  const rejected = new Set(decisions.filter((d) => d.docId === docId).map((d) => suggestionKey(docId, d, d.category)));
  const map = new OffsetMap(content.text);
  const out: Suggestion[] = [];
  for (const section of content.sections) {
    const codeId = codeFor.get(section.category);
    // A category whose code the analyst deleted cannot be applied, so it is not offered.
    if (!codeId) continue;
    for (const p of paragraphsIn(content.paragraphs, section)) {
      if (isHeadingOnly(map, p, section)) continue;
      const key = suggestionKey(docId, p, section.category);
      if (rejected.has(key) || accepted.has(`${p.start}:${p.end}:${codeId}`)) continue;
      out.push({
        key,
        docId,
        start: p.start,
        end: p.end,
        category: section.category,
        codeId,
        sectionStart: section.start,
        sectionHeading: section.heading,
      });
    }
  }
  return out;
}

function paragraphsIn(paragraphs: readonly Span[], section: Section): Span[] {
  return paragraphs.filter((p) => p.start >= section.start && p.end <= section.end && p.end > p.start);
}

/** True when the paragraph holds only the heading (nothing but whitespace after `headingEnd`). */
function isHeadingOnly(map: OffsetMap, p: Span, section: Section): boolean {
  if (p.start > section.headingEnd) return false;
  if (p.end <= section.headingEnd) return true;
  return map.slice(section.headingEnd, p.end).trim() === '';
}
