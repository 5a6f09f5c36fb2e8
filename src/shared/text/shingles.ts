/**
 * Character shingles of a text, for finding shared passages: the text folded
 * (punctuation, symbols and spaces dropped, full-width ASCII folded, ASCII lower
 * case) so "，" and "," or a line break do not break a match; a 32-bit hash of
 * every run of k folded characters; and winnowing (Schleimer, Wilkerson & Aiken
 * 2003, the MOSS method), which keeps the smallest hash of every window of w
 * shingles: any passage shared by two texts that is at least w + k - 1 folded
 * characters long shares at least one kept hash.
 *
 * `pos[i]` is the code point offset in the original text of folded character i,
 * so every match maps back to code points of the stored text.
 */

export interface Folded {
  /** Folded code points. */
  chars: Int32Array;
  /** Code point offset in the original text of each folded character. */
  pos: Int32Array;
  length: number;
}

/** 1 = dropped when folding; built once for the BMP from Unicode classes. */
let dropTable: Uint8Array | null = null;

function drops(): Uint8Array {
  if (dropTable) return dropTable;
  const t = new Uint8Array(0x10000);
  const skip = /[\p{P}\p{S}\p{Z}\p{C}\s]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (skip.test(String.fromCharCode(c))) t[c] = 1;
  }
  dropTable = t;
  return t;
}

export function fold(text: string): Folded {
  const table = drops();
  const chars = new Int32Array(text.length);
  const pos = new Int32Array(text.length);
  let n = 0;
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // Astral characters (CJK extensions: 𠵾, 𫫇) are always kept.
        chars[n] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        pos[n++] = cp;
        i++;
        continue;
      }
    }
    if (table[c]) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    chars[n] = c;
    pos[n++] = cp;
  }
  return { chars: chars.subarray(0, n), pos: pos.subarray(0, n), length: n };
}

const BASE = 0x01000193;

/** murmur3's finaliser: spreads the rolling hash so window minima are not biased to low characters. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of each run of k folded characters (length - k + 1 of them; none when shorter than k). */
export function shingleHashes(chars: Int32Array, k: number): Uint32Array {
  const n = chars.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  let top = 1; // BASE^(k-1) mod 2^32
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
  const out = new Uint32Array(n);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + chars[i]!) | 0;
  out[0] = mix(h);
  for (let i = 1; i < n; i++) {
    h = (Math.imul(h - Math.imul(chars[i - 1]!, top), BASE) + chars[i + k - 1]!) | 0;
    out[i] = mix(h);
  }
  return out;
}

/** Positions of the winnowed shingles (the rightmost minimum of every window of w), ascending. */
export function winnow(hashes: Uint32Array, w: number): Int32Array {
  const n = hashes.length;
  if (n === 0) return new Int32Array(0);
  if (n <= w) {
    let best = 0;
    for (let i = 1; i < n; i++) if (hashes[i]! <= hashes[best]!) best = i;
    return Int32Array.of(best);
  }
  const out: number[] = [];
  // A deque of positions whose hashes increase: its head is the window's minimum.
  const deque = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    while (tail > head && hashes[deque[tail - 1]!]! >= hashes[i]!) tail--;
    deque[tail++] = i;
    if (deque[head]! <= i - w) head++;
    if (i >= w - 1 && deque[head]! !== last) {
      last = deque[head]!;
      out.push(last);
    }
  }
  return Int32Array.from(out);
}
