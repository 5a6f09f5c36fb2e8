/**
 * Where an offset falls in a document's structure: its section, enclosing headings
 * and paragraph. Built once per document so 100,000 segments cost a binary search each.
 */
import type { Span } from '../../model/document';
import type { DocumentContent } from '../../model/project';
import { lastStartingAtOrBefore } from '../../annotations/selection';

export interface Position {
  sectionCategory: string | null;
  headingPath: string;
  paragraphIndex: number | null;
}

export function structureLocator(content: DocumentContent | undefined): (offset: number) => Position {
  const byStart = <T extends Span>(list: readonly T[]): T[] => [...list].sort((a, b) => a.start - b.start);
  const sections = byStart(content?.sections ?? []);
  const paragraphs = byStart(content?.paragraphs ?? []);
  const headings = byStart(content?.headings ?? []);
  // The path in force from each heading on: a heading closes every open heading of its level or deeper.
  const paths: string[] = [];
  const stack: { level: number; text: string }[] = [];
  for (const h of headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
    stack.push({ level: h.level, text: h.text.trim() });
    paths.push(stack.map((s) => s.text).join(' > '));
  }
  return (offset) => {
    const s = sections[lastStartingAtOrBefore(sections, offset)];
    const p = lastStartingAtOrBefore(paragraphs, offset);
    const h = lastStartingAtOrBefore(headings, offset);
    return {
      sectionCategory: s && offset < s.end ? s.category : null,
      headingPath: h >= 0 ? paths[h]! : '',
      paragraphIndex: p >= 0 && offset < paragraphs[p]!.end ? p : null,
    };
  };
}
