/**
 * UTF-16 without a BOM: which byte order, and which alignment. A file that lost
 * one byte (a cut download, a bad copy) is still valid UTF-16 read the wrong way
 * round, and Chinese text read so looks like plausible CJK: every pair becomes
 * some ideograph. What tells them apart is how common the characters are. Real
 * report text is nearly all among the ~3,750 most used hanzi (GB2312 level 1);
 * a misread pair lands anywhere in the 21,000-character CJK block, so only about
 * one in six of its "characters" is common.
 */

/** How many bytes the statistical checks look at: enough for a verdict, cheap on a 1 MB file. */
const SAMPLE = 64 * 1024;

export interface Utf16Reading {
  encoding: 'utf-16le' | 'utf-16be';
  /** 1 when the file reads right only from its second byte (its first byte is missing). */
  offset: 0 | 1;
  /** Share of code units that are common hanzi, ASCII, kana or punctuation. */
  common: number;
  /** Share of code units that are some kind of text at all (any CJK ideograph counts). */
  plausible: number;
}

let commonHanzi: Set<number> | null = null;

/**
 * GB2312 level 1, the standard's list of the 3,755 most used hanzi, read out of
 * the GB18030 decoder the platform already has (leads B0–D7, trails A1–FE;
 * D7FA–D7FE are unassigned) rather than shipped as a table.
 */
function commonHanziSet(): Set<number> {
  if (commonHanzi) return commonHanzi;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= (lead === 0xd7 ? 0xf9 : 0xfe); trail++) bytes.push(lead, trail);
  }
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  commonHanzi = new Set();
  for (let i = 0; i < text.length; i++) commonHanzi.add(text.charCodeAt(i));
  return commonHanzi;
}

function isPunctuationOrAscii(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2000 && c <= 0x206f) || // general punctuation (quotes, dashes)
    (c >= 0xa0 && c <= 0xff)
  );
}

function score(text: string, common: Set<number>): { common: number; plausible: number } {
  const n = text.length;
  if (n === 0) return { common: 0, plausible: 0 };
  let good = 0;
  let plausible = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isPunctuationOrAscii(c) || common.has(c) || (c >= 0x3040 && c <= 0x30ff)) {
      good++;
      plausible++;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      plausible++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A decoded surrogate pair is a real supplementary character (𠵾): text, though rare.
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        plausible += 2;
        i++;
      }
    }
  }
  return { common: good / n, plausible: plausible / n };
}

/**
 * The best of the four readings (two byte orders, two alignments), or null when
 * the bytes do not look like UTF-16 at all. Lenient decoding: a few broken
 * surrogate halves become U+FFFD and lower the score a little, not to zero.
 */
export function sniffUtf16(
  bytes: Uint8Array,
  orders: readonly Utf16Reading['encoding'][] = ['utf-16le', 'utf-16be'],
): Utf16Reading | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // Text with line breaks or ASCII in it has NUL bytes on one side of its pairs.
  if (evenZero + oddZero === 0) return null;
  const common = commonHanziSet();
  let best: Utf16Reading | null = null;
  for (const offset of [0, 1] as const) {
    const end = offset + ((Math.min(bytes.length, SAMPLE) - offset) & ~1);
    const slice = bytes.subarray(offset, end);
    for (const encoding of orders) {
      const s = score(new TextDecoder(encoding).decode(slice), common);
      // An aligned reading wins ties: a short ASCII-only file scores the same both ways.
      if (!best || s.common > best.common + (offset === 1 ? 0.02 : 0)) best = { encoding, offset, ...s };
    }
  }
  if (!best) return null;
  // Clean text, or text damaged part way (a byte lost in the middle shifts the rest):
  // then NUL bytes are still far more frequent than the 1 in 256 of binary data.
  const nulRich = evenZero + oddZero > 0.02 * (n / 2);
  return best.plausible > 0.9 || (nulRich && best.plausible > 0.5) ? best : null;
}

/** Below this share of common characters even the best reading is not clean text. */
export const UTF16_CLEAN_SHARE = 0.7;
