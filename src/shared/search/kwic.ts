/**
 * Keyword-in-context lines: the hit with a window of text on each side, as a
 * concordance shows them, and their sort orders.
 */
import { OffsetMap } from '../text/codepoints';
import type { Hit } from './match';

export interface KwicRow {
  docId: string;
  /** Code points into the stored text, end exclusive. */
  start: number;
  end: number;
  left: string;
  hit: string;
  right: string;
}

/** Line breaks shown inside one context line. */
const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ⏎ ');

/** One row per hit, with `width` code points of context on each side (fewer at the text's edges). */
export function kwicRows(docId: string, text: string | OffsetMap, hits: readonly Hit[], width = 30): KwicRow[] {
  const map = typeof text === 'string' ? new OffsetMap(text) : text;
  return hits.map((h) => ({
    docId,
    start: h.start,
    end: h.end,
    left: flat(map.slice(Math.max(0, h.start - width), h.start)),
    hit: flat(map.slice(h.start, h.end)),
    right: flat(map.slice(h.end, Math.min(map.cpCount, h.end + width))),
  }));
}

export type KwicSort = 'document' | 'left' | 'right';

const collator = new Intl.Collator('zh-Hans-CN');

function reversed(s: string): string {
  return [...s].reverse().join('');
}

/**
 * Rows in a sort order: by document (in `docOrder`, then position), by the left
 * context read backwards from the hit (as concordancers sort), or by the right context.
 * Returns a new array.
 */
export function sortKwic(rows: readonly KwicRow[], by: KwicSort, docOrder?: ReadonlyMap<string, number>): KwicRow[] {
  const pos = (r: KwicRow) => docOrder?.get(r.docId) ?? 0;
  const byDoc = (a: KwicRow, b: KwicRow) =>
    pos(a) - pos(b) || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) || a.start - b.start;
  if (by === 'document') return [...rows].sort(byDoc);
  const key = by === 'left' ? (r: KwicRow) => reversed(r.left) : (r: KwicRow) => r.right;
  const keyed = rows.map((r) => ({ r, k: key(r) }));
  keyed.sort((a, b) => collator.compare(a.k, b.k) || byDoc(a.r, b.r));
  return keyed.map((x) => x.r);
}
