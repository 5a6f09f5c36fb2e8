/**
 * What the user searches for, and its compiled form.
 *
 * A query has one or more terms (literal text or regular expressions). With
 * `match: 'any'` every hit of any term counts; with `match: 'all'` only hits in a
 * sentence or paragraph (`within`) that holds every term. `exclude` terms drop
 * the hits whose sentence or paragraph holds any of them (the "none of" part).
 */
import { DEFAULT_FOLD, foldCodePoint, foldString, type FoldOptions } from './fold';
import type { Unit } from './units';

export interface SearchQuery {
  terms: string[];
  regex?: boolean;
  match?: 'any' | 'all';
  /** The unit for `match: 'all'` and for `exclude`; a sentence unless given. */
  within?: Unit;
  exclude?: string[];
  /** Match simplified and traditional characters as written (no script folding). */
  strictScript?: boolean;
  /** Match full-width and half-width forms as written. */
  strictWidth?: boolean;
  /** Sentences also end at ；： (for `within: 'sentence'`). */
  semicolons?: boolean;
}

export type Matcher = { kind: 'literal'; folded: string } | { kind: 'regex'; re: RegExp };

export interface CompiledQuery {
  query: SearchQuery;
  fold: FoldOptions;
  include: Matcher[];
  exclude: Matcher[];
  match: 'any' | 'all';
  within: Unit;
}

export type CompileResult =
  { ok: true; compiled: CompiledQuery } | { ok: false; error: { code: 'empty' | 'regex'; message: string } };

/** Regular-expression syntax characters: a full-width form folded to one of these must stay literal. */
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

/** Folds a pattern's characters without turning a full-width （ into a group. */
function foldPattern(source: string, fold: FoldOptions): string {
  let out = '';
  let escaped = false;
  for (const ch of source) {
    const cp = ch.codePointAt(0)!;
    const f = String.fromCodePoint(foldCodePoint(cp, fold));
    if (escaped) {
      out += ch;
      escaped = false;
    } else if (ch === '\\') {
      out += ch;
      escaped = true;
    } else if (f !== ch && SYNTAX.has(f)) out += `\\${f}`;
    else out += f;
  }
  return out;
}

function compileTerm(term: string, regex: boolean, fold: FoldOptions): Matcher | string {
  if (!regex) return { kind: 'literal', folded: foldString(term, fold) };
  try {
    return { kind: 'regex', re: new RegExp(foldPattern(term, fold), 'gu') };
  } catch (e) {
    return `Not a valid regular expression: ${term} (${e instanceof Error ? e.message : String(e)}).`;
  }
}

export function compileQuery(query: SearchQuery): CompileResult {
  const fold: FoldOptions = {
    script: !(query.strictScript ?? false),
    width: !(query.strictWidth ?? false),
  };
  const terms = query.terms.filter((t) => t.length > 0);
  if (terms.length === 0) return { ok: false, error: { code: 'empty', message: 'The query has no search term.' } };
  const include: Matcher[] = [];
  const exclude: Matcher[] = [];
  for (const [list, out] of [
    [terms, include],
    [(query.exclude ?? []).filter((t) => t.length > 0), exclude],
  ] as const) {
    for (const t of list) {
      const m = compileTerm(t, query.regex ?? false, fold);
      if (typeof m === 'string') return { ok: false, error: { code: 'regex', message: m } };
      out.push(m);
    }
  }
  return {
    ok: true,
    compiled: {
      query,
      fold: fold.script || fold.width ? fold : { script: false, width: false },
      include,
      exclude,
      match: query.match ?? 'any',
      within: query.within ?? 'sentence',
    },
  };
}

/**
 * A query from one line of text, as typed in a search box or on the command
 * line: terms separated by spaces, "quoted phrases" kept whole, -term excluded.
 */
export function parseQueryText(text: string, base: Omit<SearchQuery, 'terms' | 'exclude'> = {}): SearchQuery {
  if (base.regex) return { ...base, terms: [text.trim()].filter(Boolean) };
  const terms: string[] = [];
  const exclude: string[] = [];
  for (const m of text.matchAll(/(-?)(?:"([^"]*)"|“([^”]*)”|(\S+))/gu)) {
    const word = m[2] ?? m[3] ?? m[4] ?? '';
    if (!word) continue;
    (m[1] ? exclude : terms).push(word);
  }
  return { ...base, terms, exclude };
}

export { DEFAULT_FOLD };
