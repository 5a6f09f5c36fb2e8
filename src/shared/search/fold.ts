/**
 * Folding for search: simplified vs traditional characters and full-width vs
 * half-width forms. The stored text is never changed; a search runs on a folded
 * copy in which every original code point became exactly one code point, so a
 * match in the copy maps back to exact code point offsets in the original.
 *
 * A fold may change a character's UTF-16 width (some traditional characters
 * outside the BMP simplify to BMP ones and the reverse), so the folded copy keeps,
 * when its layout differs from plain code point counting, a map from each of its
 * UTF-16 units to the original code point index.
 */
import { SCRIPT_FOLD_PAIRS } from './fold-table';

export interface FoldOptions {
  /** Treat simplified and traditional characters alike (opencc t→cn, character by character). */
  script: boolean;
  /** Treat full-width ASCII forms and the ideographic space as their half-width forms. */
  width: boolean;
}

export const DEFAULT_FOLD: FoldOptions = { script: true, width: true };

export interface FoldedText {
  /** The folded copy: one code point per original code point. */
  folded: string;
  /** UTF-16 unit index in `folded` → code point index in the original (length folded.length + 1); null when the identity. */
  unitToCp: Uint32Array | null;
}

/** BMP code unit → folded code point (BMP unless in `bmpWide`). */
let scriptTable: Uint16Array | null = null;
/** BMP characters whose simplified form lies outside the BMP. */
const bmpWide = new Map<number, number>();
/** Astral characters and their folded code point (either plane). */
const astral = new Map<number, number>();

/** Builds the script tables once from the generated pairs (about a millisecond). */
function tables(): Uint16Array {
  if (scriptTable) return scriptTable;
  const table = new Uint16Array(0x10000);
  for (let i = 0; i < table.length; i++) table[i] = i;
  for (const line of SCRIPT_FOLD_PAIRS) {
    const cps = Array.from(line, (ch) => ch.codePointAt(0)!);
    for (let i = 0; i + 1 < cps.length; i += 2) {
      const from = cps[i]!;
      const to = cps[i + 1]!;
      if (from > 0xffff) astral.set(from, to);
      else if (to > 0xffff) bmpWide.set(from, to);
      else table[from] = to;
    }
  }
  scriptTable = table;
  return table;
}

/** The width fold of one BMP code unit. */
function widthFold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  return c;
}

/** The fold of one code point. */
export function foldCodePoint(cp: number, opts: FoldOptions = DEFAULT_FOLD): number {
  if (cp > 0xffff) return opts.script ? (tables(), astral.get(cp) ?? cp) : cp;
  let c = cp;
  if (opts.width) c = widthFold(c);
  if (opts.script) {
    const t = tables();
    c = bmpWide.get(c) ?? t[c]!;
  }
  return c;
}

/** Folds a short string (a query) code point by code point. */
export function foldString(s: string, opts: FoldOptions = DEFAULT_FOLD): string {
  if (!opts.script && !opts.width) return s;
  let out = '';
  for (const ch of s) out += String.fromCodePoint(foldCodePoint(ch.codePointAt(0)!, opts));
  return out;
}

const utf16 = new TextDecoder('utf-16le');

/** Per option set: each BMP unit's fold in one lookup, and which units need the general path (surrogates, widening folds). */
const combined = new Map<string, { table: Uint16Array; special: Uint8Array }>();

function combinedTable(opts: FoldOptions): { table: Uint16Array; special: Uint8Array } {
  const key = `${opts.script ? 1 : 0}${opts.width ? 1 : 0}`;
  let c = combined.get(key);
  if (c) return c;
  const t = opts.script ? tables() : null;
  const table = new Uint16Array(0x10000);
  const special = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    let f = opts.width ? widthFold(u) : u;
    if (t) {
      if (bmpWide.has(f)) special[u] = 1;
      f = t[f]!;
    }
    table[u] = f;
    if (u >= 0xd800 && u <= 0xdfff) special[u] = 1;
  }
  c = { table, special };
  combined.set(key, c);
  return c;
}

/**
 * The folded copy of `text`. The common case (no surrogates, no fold that widens)
 * is one table lookup per UTF-16 unit into a Uint16Array, decoded in one go.
 */
export function foldText(text: string, opts: FoldOptions = DEFAULT_FOLD): FoldedText {
  const n = text.length;
  if (!opts.script && !opts.width) return { folded: text, unitToCp: hasSurrogates(text) ? unitMap(text) : null };
  const { table, special } = combinedTable(opts);
  const units = new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (special[c] === 1) return foldGeneral(text, opts);
    const f = table[c]!;
    units[i] = f;
    if (f !== c) changed = true;
  }
  // Unchanged: the text itself (a cache then holds one copy, not two).
  return { folded: changed ? utf16.decode(units) : text, unitToCp: null };
}

/** The general fold: code point by code point, with the unit → code point map. */
function foldGeneral(text: string, opts: FoldOptions): FoldedText {
  const parts: string[] = [];
  const map: number[] = [];
  let cp = 0;
  for (const ch of text) {
    const f = foldCodePoint(ch.codePointAt(0)!, opts);
    const s = String.fromCodePoint(f);
    parts.push(s);
    map.push(cp);
    if (s.length === 2) map.push(cp);
    cp++;
  }
  map.push(cp);
  return { folded: parts.join(''), unitToCp: Uint32Array.from(map) };
}

function hasSurrogates(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

function unitMap(text: string): Uint32Array {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) map[++i] = cp;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/** Code point offset in the original of a UTF-16 offset in the folded copy. */
export function toCp(f: FoldedText, unit: number): number {
  return f.unitToCp ? f.unitToCp[unit]! : unit;
}
