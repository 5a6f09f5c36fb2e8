/** The search options `fazhi search` and `fazhi autocode` share, parsed from the command line. */
import { parseQueryText, type SearchQuery } from '../shared/search';

export const SEARCH_OPTIONS_HELP = `Query: terms separated by spaces match any of them; "quoted phrases" stay whole;
-term drops hits whose sentence (or paragraph) holds the term. Simplified and
traditional characters, and full-width and half-width forms, match alike.

Search options:
  --regex            QUERY is one regular expression (JavaScript syntax, Unicode mode)
  --all              Only hits in a sentence holding every term (--within paragraph: a paragraph)
  --within UNIT      sentence (default) or paragraph, for --all and -term
  --semicolons       Sentences also end at ；：
  --strict-script    Simplified and traditional characters do not match each other
  --strict-width     Full-width and half-width forms do not match each other`;

export interface ParsedArgs {
  positional: string[];
  query: Omit<SearchQuery, 'terms' | 'exclude'>;
  values: Map<string, string>;
  flags: Set<string>;
  error: string | null;
}

/** Parses `args`; `valued` are the options that take a value (besides --within). */
export function parseSearchArgs(
  args: string[],
  valued: readonly string[],
  flagsAllowed: readonly string[],
): ParsedArgs {
  const out: ParsedArgs = { positional: [], query: {}, values: new Map(), flags: new Set(), error: null };
  const takes = new Set(['--within', ...valued]);
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (takes.has(a)) {
      value ??= args[++i];
      if (value === undefined) return { ...out, error: `${a} needs a value` };
      out.values.set(a, value);
    } else if (a === '--regex') out.query.regex = true;
    else if (a === '--all') out.query.match = 'all';
    else if (a === '--semicolons') out.query.semicolons = true;
    else if (a === '--strict-script') out.query.strictScript = true;
    else if (a === '--strict-width') out.query.strictWidth = true;
    else if (flagsAllowed.includes(a) || a === '-h' || a === '--help') out.flags.add(a === '-h' ? '--help' : a);
    else if (a.startsWith('-') && a.length > 1 && out.positional.length < 1)
      return { ...out, error: `unknown option ${a}` };
    else out.positional.push(args[i]!);
  }
  const within = out.values.get('--within');
  if (within !== undefined) {
    if (within !== 'sentence' && within !== 'paragraph') return { ...out, error: '--within is sentence or paragraph' };
    out.query.within = within;
  }
  return out;
}

export function queryFrom(p: ParsedArgs, text: string): SearchQuery {
  return parseQueryText(text, p.query);
}
