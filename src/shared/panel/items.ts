/**
 * The items of a section: what a report lists under its shortcomings and its
 * plans. Items are, in order of preference, the section's numbered sub-headings
 * at their shallowest level ((一) or 1.), else the inline enumeration 一是…二是…
 * of its body. A section with neither has no items (counted 0, not guessed from
 * paragraphs: an unnumbered paragraph is not an item the report counts).
 *
 * All offsets are code points into the stored text, end exclusive.
 */
import type { Category, Heading, Section, Span } from '../model/document';
import type { DocumentContent } from '../model/project';
import { OffsetMap } from '../text/codepoints';

export interface Item extends Span {
  /** How the item was found. */
  kind: 'heading' | 'enumeration';
  /** Its position in the section, from 1. */
  index: number;
}

/** Sections of one category (a report may split one category over several top-level sections). */
export function sectionsOf(content: Pick<DocumentContent, 'sections'>, category: Category): Section[] {
  return content.sections.filter((s) => s.category === category);
}

/** Items of one section. `map` is the OffsetMap of the text (passed in so a caller reuses it). */
export function sectionItems(
  content: Pick<DocumentContent, 'headings' | 'text' | 'paragraphs'>,
  section: Section,
  map: OffsetMap = new OffsetMap(content.text),
): Item[] {
  const end = bodyEnd(content, section, map);
  const body = { ...section, end };
  const subs = content.headings.filter(
    (h) => h.level > section.level && h.start >= section.headingEnd && h.start < end,
  );
  if (subs.length > 0) return headingItems(subs, body, map);
  return enumerationItems(map, section.headingEnd, end);
}

/** A signature (the government's name) or a date standing alone on its line. */
const SIGN_OFF =
  /^\s*(\S{2,30}(人民政府|办公室|委员会|局|街道办事处|镇|乡)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2})\s*$/u;

/** Where a section's body ends once the report's sign-off (name and date under the last section) is left out. */
export function bodyEnd(content: Pick<DocumentContent, 'paragraphs'>, section: Section, map: OffsetMap): number {
  let end = section.end;
  const inside = content.paragraphs.filter((p) => p.start >= section.headingEnd && p.end <= section.end);
  for (let i = inside.length - 1; i >= 0; i--) {
    const p = inside[i]!;
    if (!SIGN_OFF.test(map.slice(p.start, p.end))) break;
    end = p.start;
  }
  return end;
}

function headingItems(subs: Heading[], section: Section, map: OffsetMap): Item[] {
  const top = subs.reduce((m, h) => Math.min(m, h.level), Infinity);
  const tops = subs.filter((h) => h.level === top);
  return tops.map((h, i) => ({
    kind: 'heading',
    index: i + 1,
    start: h.start,
    end: trimEnd(map, h.start, i + 1 < tops.length ? tops[i + 1]!.start : section.end),
  }));
}

const NUMERALS = '一二三四五六七八九十';
/** 一是 … 十二是, at the start of the body or after a break (sentence end, clause break, colon, line). */
const ENUMERATION = /(^|[。；;：:，,！!？?\n\s])([一二三四五六七八九十]{1,3})是/gu;

function numeral(s: string): number {
  if (s === '十') return 10;
  if (s.length === 1) return NUMERALS.indexOf(s) + 1;
  if (s.length === 2 && s[0] === '十') return 10 + NUMERALS.indexOf(s[1]!) + 1;
  if (s.length === 2 && s[1] === '十') return (NUMERALS.indexOf(s[0]!) + 1) * 10;
  if (s.length === 3 && s[1] === '十') return (NUMERALS.indexOf(s[0]!) + 1) * 10 + NUMERALS.indexOf(s[2]!) + 1;
  return 0;
}

/**
 * 一是/二是 markers counted only as a run from 一是 upwards (so a stray 是 after 一 in
 * prose, "统一是…", does not count: it must follow a break and continue the sequence).
 * A body may hold several runs (one per paragraph); each run restarts at 一是.
 */
function enumerationItems(map: OffsetMap, from: number, to: number): Item[] {
  const body = map.slice(from, to);
  const bodyMap = new OffsetMap(body);
  // UTF-16 positions in `body` of each marker's first numeral, and its number.
  const marks: { unit: number; n: number }[] = [];
  let expected = 1;
  for (const m of body.matchAll(ENUMERATION)) {
    const n = numeral(m[2]!);
    const unit = m.index + m[1]!.length;
    if (n === 1) {
      marks.push({ unit, n });
      expected = 2;
    } else if (n === expected) {
      marks.push({ unit, n });
      expected++;
    }
  }
  // Keep only runs that reach 二是: a lone 一是 is prose, not a list.
  const kept: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const runStart = i;
    while (i + 1 < marks.length && marks[i + 1]!.n === marks[i]!.n + 1) i++;
    if (i > runStart) for (let j = runStart; j <= i; j++) kept.push(marks[j]!.unit);
  }
  return kept.map((unit, i) => {
    // An item runs to the next marker or the end of its paragraph, whichever comes first.
    const next = i + 1 < kept.length ? kept[i + 1]! : body.length;
    const newline = body.indexOf('\n', unit);
    const endUnit = newline >= 0 && newline < next ? newline : next;
    const start = from + bodyMap.toCodePoint(unit);
    return { kind: 'enumeration', index: i + 1, start, end: trimEnd(map, start, from + bodyMap.toCodePoint(endUnit)) };
  });
}

/** Pulls `end` back over trailing whitespace, so an item's text ends on its last character. */
function trimEnd(map: OffsetMap, start: number, end: number): number {
  const text = map.slice(start, end);
  const trimmed = text.replace(/\s+$/u, '');
  return start + [...trimmed].length;
}

/** Items of every section of a category, in text order (numbered on from section to section). */
export function categoryItems(
  content: Pick<DocumentContent, 'headings' | 'text' | 'sections' | 'paragraphs'>,
  category: Category,
): Item[] {
  const map = new OffsetMap(content.text);
  const out: Item[] = [];
  for (const s of sectionsOf(content, category)) {
    for (const item of sectionItems(content, s, map)) out.push({ ...item, index: out.length + 1 });
  }
  return out;
}
