/**
 * Finding a compiled query in one text. Hits are code point offsets into the
 * stored text (end exclusive), sorted by start.
 */
import type { Span } from '../model/document';
import { foldText, toCp, type FoldedText } from './fold';
import type { CompiledQuery, Matcher } from './query';
import { paragraphSpans, sentenceSpans } from './units';

export interface Hit extends Span {
  /** Which include term matched (its index in the query's terms). */
  term: number;
}

/** Raw matches of one matcher in the folded copy, as UTF-16 ranges [a, b) pushed in pairs. */
function scan(m: Matcher, folded: string, out: number[]): void {
  if (m.kind === 'literal') {
    const len = m.folded.length;
    if (len === 0) return;
    for (let i = folded.indexOf(m.folded); i >= 0; i = folded.indexOf(m.folded, i + len)) out.push(i, i + len);
    return;
  }
  const re = m.re;
  re.lastIndex = 0;
  for (let r = re.exec(folded); r; r = re.exec(folded)) {
    if (r[0].length === 0) {
      // An empty match finds nothing to show; step past it (a whole code point).
      re.lastIndex += (folded.codePointAt(r.index) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    out.push(r.index, r.index + r[0].length);
  }
}

function hitsOf(m: Matcher, f: FoldedText, term: number): Hit[] {
  const raw: number[] = [];
  scan(m, f.folded, raw);
  const hits: Hit[] = new Array<Hit>(raw.length / 2);
  for (let i = 0; i < raw.length; i += 2) hits[i / 2] = { start: toCp(f, raw[i]!), end: toCp(f, raw[i + 1]!), term };
  return hits;
}

/** Index of the unit a code point lies in, or −1 (between units). */
function unitIndex(units: readonly Span[], cp: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (cp < u.start) hi = mid - 1;
    else if (cp >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface TextInput {
  text: string;
  /** Stored paragraph spans (code points); the text's lines when absent. */
  paragraphs?: readonly Span[];
  /** The text already folded with the query's options (a cache's copy); folded now when absent. */
  folded?: FoldedText;
}

/** The units a query's `within` names, for one text. */
export function unitsFor(input: TextInput, q: CompiledQuery): Span[] {
  if (q.within === 'paragraph') return input.paragraphs ? [...input.paragraphs] : paragraphSpans(input.text);
  return sentenceSpans(input.text, { semicolons: q.query.semicolons ?? false });
}

/** Every hit of `q` in `input.text`. */
export function searchText(input: TextInput, q: CompiledQuery): Hit[] {
  const f = input.folded ?? foldText(input.text, q.fold);
  const perTerm = q.include.map((m, i) => hitsOf(m, f, i));
  const needUnits = (q.match === 'all' && q.include.length > 1) || q.exclude.length > 0;
  let hits = perTerm.length === 1 ? perTerm[0]! : perTerm.flat().sort((a, b) => a.start - b.start || a.end - b.end);
  if (hits.length === 0 || !needUnits) return dedupe(hits);

  const units = unitsFor(input, q);
  if (q.match === 'all' && q.include.length > 1) {
    // A unit qualifies when every term has a hit starting in it.
    const seen = new Map<number, Set<number>>();
    for (const h of hits) {
      const u = unitIndex(units, h.start);
      if (u < 0) continue;
      let s = seen.get(u);
      if (!s) seen.set(u, (s = new Set()));
      s.add(h.term);
    }
    hits = hits.filter((h) => seen.get(unitIndex(units, h.start))?.size === q.include.length);
  }
  if (q.exclude.length > 0) {
    const banned = new Set<number>();
    for (const m of q.exclude) for (const h of hitsOf(m, f, -1)) banned.add(unitIndex(units, h.start));
    hits = hits.filter((h) => !banned.has(unitIndex(units, h.start)));
  }
  return dedupe(hits);
}

/** Drops a hit identical to the one before it (two terms matching the same range). */
function dedupe(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  return hits.filter((h, i) => i === 0 || h.start !== hits[i - 1]!.start || h.end !== hits[i - 1]!.end);
}

/**
 * The number of hits only: for a plain literal query without units it counts
 * matches in the folded copy without building hit objects.
 */
export function countText(input: TextInput, q: CompiledQuery): number {
  const simple = q.include.length === 1 && q.exclude.length === 0 && q.include[0]!.kind === 'literal';
  if (!simple) return searchText(input, q).length;
  const term = (q.include[0] as { folded: string }).folded;
  const folded = (input.folded ?? foldText(input.text, q.fold)).folded;
  let n = 0;
  for (let i = folded.indexOf(term); i >= 0 && term.length > 0; i = folded.indexOf(term, i + term.length)) n++;
  return n;
}
