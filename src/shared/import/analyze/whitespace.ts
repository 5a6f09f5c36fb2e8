/**
 * Whitespace normalisation of extracted text. Only whitespace changes here: the
 * report's own characters and punctuation (full- or half-width) stay exactly as
 * they are, so offsets computed later point at what the government published.
 */

/** Zero-width characters and the BOM: invisible, and they break phrase matching. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** NBSP, ideographic space, the typographic spaces, tabs: all read as one space. */
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+/g;

/** One line: invisible characters removed, space runs collapsed, indent and trailing spaces dropped. */
export function normalizeLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * A block of extracted text as its non-empty lines. Blank lines are dropped
 * here, which collapses any run of them (paragraphs are joined with one `\n` later).
 */
export function blockLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)) {
    const line = normalizeLine(raw);
    if (line) out.push(line);
  }
  return out;
}
