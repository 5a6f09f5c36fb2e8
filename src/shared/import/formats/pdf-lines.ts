/**
 * PDF text items → visual lines. The engine gives positioned characters; producers
 * (LibreOffice, Word, WPS) draw fallback glyphs such as quotation marks as
 * separate items over a blank in the main string, and fake bold by drawing
 * text twice. Splitting items into glyphs and sorting them by x undoes both.
 */

/** A positioned string (from PDFium: one character): what this module needs. */
export interface PdfItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f are the baseline origin; |d| (or |a|) the font size. */
  transform: number[];
  width: number;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, PDF units (grows upwards). */
  y: number;
  size: number;
  page: number;
}

interface Glyph {
  ch: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Ideographs, kana, CJK and full-width punctuation: the characters that join without spaces. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3ffff) ||
    c === 0x2014 ||
    c === 0x2026 ||
    (c >= 0x2018 && c <= 0x201d)
  );
}

/** Splits an item into glyphs, sharing its width by a rough advance (1 em wide, ½ em narrow). */
function glyphs(item: PdfItem, out: Glyph[]): void {
  const t = item.transform;
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.hypot(t[0] ?? 0, t[1] ?? 0) || 1;
  const x = t[4] ?? 0;
  const y = t[5] ?? 0;
  const chars = Array.from(item.str);
  let units = 0;
  for (const ch of chars) units += isWide(ch) ? 1 : 0.5;
  const per = units > 0 ? item.width / units : 0;
  let pos = x;
  for (const ch of chars) {
    const w = (isWide(ch) ? 1 : 0.5) * per;
    // A space is kept as a marker: between Latin letters the gap decides, between two
    // ideographs only a space the file really holds (a joint title's 区委 区人民政府) gives one.
    out.push({ ch: ch.trim() === '' ? ' ' : ch, x0: pos, x1: pos + w, y, size });
    pos += w;
  }
}

/** A space between two glyphs only in Latin text: Chinese never has one, and an engine's spaces are often layout artefacts. */
function needsSpace(prev: Glyph, next: Glyph): boolean {
  if (isWide(prev.ch) || isWide(next.ch)) return false;
  return next.x0 - prev.x1 > 0.2 * Math.min(prev.size, next.size);
}

/** One page's items as lines, top to bottom. */
export function pageLines(items: PdfItem[], page: number): Line[] {
  const all: Glyph[] = [];
  for (const item of items) if (item.str) glyphs(item, all);
  // Top to bottom, then left to right; baselines within 40% of the font size share a line.
  all.sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: Line[] = [];
  let group: Glyph[] = [];
  const close = () => {
    const line = group.length > 0 ? toLine(group, page) : null;
    if (line) lines.push(line);
    group = [];
  };
  for (const g of all) {
    const first = group[0];
    if (first && Math.abs(first.y - g.y) > 0.4 * Math.max(first.size, g.size)) close();
    group.push(g);
  }
  close();
  return lines;
}

function toLine(group: Glyph[], page: number): Line | null {
  group.sort((a, b) => a.x0 - b.x0);
  let text = '';
  let first: Glyph | null = null;
  let prev: Glyph | null = null;
  let spaced = false;
  let size = 0;
  for (const g of group) {
    if (g.ch === ' ') {
      // Leading spaces are indentation (the line starts at its first ink); inner ones are remembered.
      spaced = prev !== null;
      continue;
    }
    // The same glyph drawn again at (nearly) the same place is fake bold or a shadow: a few
    // hundredths of an em apart, while the narrowest real repeat ("ll", "ii") is over 0.2 em.
    if (prev && prev.ch === g.ch && Math.abs(prev.x0 - g.x0) < 0.15 * g.size) continue;
    if (prev && (needsSpace(prev, g) || (spaced && isWide(prev.ch) && isWide(g.ch)))) text += ' ';
    text += g.ch;
    size = Math.max(size, g.size);
    first ??= g;
    prev = g;
    spaced = false;
  }
  if (!first || !prev) return null;
  return { text, x0: first.x0, x1: prev.x1, y: first.y, size, page };
}
