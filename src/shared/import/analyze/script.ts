/**
 * Simplified or traditional characters, and the character-by-character
 * simplified mapping of a traditional text (same code point count, so every
 * offset is valid in both texts).
 */
import { Converter } from 'opencc-js/t2cn';
import type { Script } from '../../model/document';

let convert: ((s: string) => string) | null = null;
/**
 * The simplified form of each BMP code point once looked up: 0 = not yet, else the code point + 1
 * (a typed table, so a 20,000-character report costs array reads, not a string map's lookups).
 */
const bmp = new Uint32Array(0x10000);
const astral = new Map<number, number>();

function convertOne(cp: number): number {
  convert ??= Converter({ from: 't', to: 'cn' });
  const ch = String.fromCodePoint(cp);
  const conv = convert(ch);
  // A conversion that is not one code point would shift every offset: keep the character.
  const cps = [...conv];
  return cps.length === 1 ? cps[0]!.codePointAt(0)! : cp;
}

/** The simplified form of one Han code point (itself when the conversion is not one code point). */
function simplifyCodePoint(cp: number): number {
  if (cp < 0x10000) {
    const known = bmp[cp]!;
    if (known) return known - 1;
    const out = convertOne(cp);
    bmp[cp] = out + 1;
    return out;
  }
  let out = astral.get(cp);
  if (out === undefined) astral.set(cp, (out = convertOne(cp)));
  return out;
}

/** CJK ideographs (basic, extension A, compatibility, and the astral extensions): cheaper than \p{Script=Han}. */
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000;
}

/** The code point at UTF-16 index `i` (a surrogate pair read as one). */
function codeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return c;
}

/** `text` converted to simplified characters one code point at a time. */
export function toSimplified(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(text, i);
    const wide = c > 0xffff;
    if (isHanCode(c)) {
      const s = simplifyCodePoint(c);
      if (s !== c) {
        // Copy the unchanged run before it in one piece.
        out += text.slice(from, i) + String.fromCodePoint(s);
        from = i + (wide ? 2 : 1);
      }
    }
    if (wide) i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Share of Han characters in a traditional text that change; simplified text changes almost none. */
const TRADITIONAL_SHARE = 0.05;

/** Whether `text` is written in traditional characters: the share of Han characters that t→s conversion changes. */
export function detectScript(text: string): Script {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(text, i);
    if (c > 0xffff) i++;
    if (!isHanCode(c)) continue;
    han++;
    if (simplifyCodePoint(c) !== c) changed++;
  }
  return han > 0 && changed / han >= TRADITIONAL_SHARE ? 'traditional' : 'simplified';
}
