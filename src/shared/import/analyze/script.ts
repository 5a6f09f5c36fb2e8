/**
 * Simplified or traditional characters, and the character-by-character
 * simplified mapping of a traditional text (same code point count, so every
 * offset is valid in both texts).
 */
import { Converter } from 'opencc-js/t2cn';
import type { Script } from '../../model/document';

let convert: ((s: string) => string) | null = null;
const cache = new Map<string, string>();

/** The simplified form of one code point, or the code point itself when the conversion is not one code point. */
function simplifyChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  convert ??= Converter({ from: 't', to: 'cn' });
  const conv = convert(ch);
  out = [...conv].length === 1 ? conv : ch;
  cache.set(ch, out);
  return out;
}

/** CJK ideographs (basic, extension A, and the astral extensions): a range test is far cheaper than \p{Script=Han}. */
function isHan(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000;
}

/** `text` converted to simplified characters one code point at a time. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += isHan(ch) ? simplifyChar(ch) : ch;
  return out;
}

/** Share of Han characters in a traditional text that change; simplified text changes almost none. */
const TRADITIONAL_SHARE = 0.05;

/** Whether `text` is written in traditional characters: the share of Han characters that t→s conversion changes. */
export function detectScript(text: string): Script {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    han++;
    if (simplifyChar(ch) !== ch) changed++;
  }
  return han > 0 && changed / han >= TRADITIONAL_SHARE ? 'traditional' : 'simplified';
}
