/**
 * Visual lines → paragraphs. Drops page numbers and running headers/footers,
 * then rejoins the lines Word/LibreOffice wrapped: a paragraph starts after a
 * line that ends well short of the right margin, on an indented line, on a change
 * of font size, after extra vertical space, or at a numbered heading after a
 * sentence end.
 */
import type { RawBlock } from './types';
import type { Line } from './pdf-lines';
import { isWide } from './pdf-lines';

const PAGE_NUMBER = [
  /^[-—–－‐―_~～·•\s]*\d{1,4}[-—–－‐―_~～·•\s]*$/, // — 1 —, - 1 -, -1-, 1
  /^第\s*\d{1,4}\s*页(\s*[,,/]?\s*共\s*\d{1,4}\s*页)?$/, // 第 1 页, 第1页 共9页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 1 / 9
  /^(page\s*)?\d{1,4}\s*of\s*\d{1,4}$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** How many lines at each end of a page are candidates for furniture. */
const EDGE = 2;

/** Removes page numbers and lines repeated at the same end of most pages. */
export function dropFurniture(pages: Line[][]): Line[][] {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      const end = i < EDGE ? 'top' : i >= lines.length - EDGE ? 'bottom' : null;
      if (end) seen.add(end + key(l));
    });
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const end = i < EDGE ? 'top' : i >= lines.length - EDGE ? 'bottom' : null;
      if (!end) return true;
      if (isPageNumber(l.text)) return false;
      return pages.length < 2 || (counts.get(end + key(l)) ?? 0) < repeatedOn;
    }),
  );
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** The value that occurs most often after rounding to `step`. */
function mode(xs: number[], step: number): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const x of xs) {
    const k = Math.round(x / step) * step;
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > bestCount || (c === bestCount && k < best)) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}

const SENTENCE_END = /[。:;!?…:;!?」』”)】]$/;
const NUMBERED =
  /^(第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、.])/;

function joinText(a: string, b: string): string {
  const last = Array.from(a.slice(-2)).pop() ?? '';
  const first = Array.from(b.slice(0, 2))[0] ?? '';
  // Only English words wrapped across lines need a space back.
  const space = !isWide(last) && !isWide(first) && /[A-Za-z,.;:!?]$/.test(last) && /^[A-Za-z]/.test(first);
  return a + (space ? ' ' : '') + b;
}

export function paragraphs(pages: Line[][]): RawBlock[] {
  const lines = pages.flat();
  if (lines.length === 0) return [];
  // Margins from the whole document: a page's last lines alone would mislead.
  const left = mode(
    lines.map((l) => l.x0),
    1,
  );
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? 0;
  const bodySize = median(lines.map((l) => l.size));
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && a.y > b.y) pitches.push(a.y - b.y);
  }
  const pitch = median(pitches);

  const blocks: RawBlock[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const size = line.size || bodySize;
    let start = prev === null;
    if (prev) {
      const indented = line.x0 > left + 0.8 * size;
      // Line breaking keeps numbers, Latin words and closing quotes together, so a wrapped
      // line can end up to three characters short; a sentence end needs less.
      const em = Math.max(prev.size, size);
      const shortEnd = prev.x1 < right - (SENTENCE_END.test(prev.text) ? 1.5 : 4) * em;
      const sizeChange = Math.abs(prev.size - line.size) > 0.15 * Math.max(prev.size, line.size);
      const gap = prev.page === line.page && pitch > 0 && prev.y - line.y > 1.35 * pitch;
      const heading = SENTENCE_END.test(prev.text) && NUMBERED.test(line.text);
      // A code or number broken at a hyphen or slash (索引号 …/2023-03233) goes on.
      const brokenToken = /[-/]$/.test(prev.text) && /^[A-Za-z0-9]/.test(line.text);
      start = !brokenToken && (indented || shortEnd || sizeChange || gap || heading);
    }
    const last = blocks[blocks.length - 1];
    if (start || !last) blocks.push({ text: line.text, zone: 'main', page: line.page });
    else last.text = joinText(last.text, line.text);
    prev = line;
  }
  return blocks;
}
