/**
 * What a PDF engine will not tell us: whether the file was damaged. PDF has no
 * checksum of its own, and PDFium (like pdf.js) silently skips what it cannot
 * read, so a flipped bit or a truncated download imports changed text. But nearly
 * all of a PDF's bytes sit in zlib (FlateDecode) streams, and every zlib stream
 * ends with the Adler-32 of its content: inflating each stream and comparing the
 * checksum finds damage there. A truncated file lacks its final `startxref`.
 * Bounded: inflation stops after MAX_CHECKED bytes in all.
 */
import { Inflate } from 'fflate';

export interface PdfIntegrity {
  /** Streams that do not inflate or whose Adler-32 does not match. */
  damagedStreams: number;
  checkedStreams: number;
  /** The file ends before its cross-reference trailer (`startxref` … `%%EOF`). */
  truncated: boolean;
  /** A stream (not an image) that inflates past MAX_STREAM: a decompression bomb for any PDF engine. */
  bombStream: { compressed: number; inflated: number } | null;
}

/**
 * A report page's content stream is tens of KB, a font a few MB; an engine inflates a
 * content stream whole, so a 600 MB one (4 MB compressed) kept pdf.js busy past 25 s.
 */
export const MAX_STREAM = 64 * 1024 * 1024;

/** Enough for any report's streams; past it the rest is left unchecked rather than slow. */
const MAX_CHECKED = 256 * 1024 * 1024;
const STEP = 64 * 1024;

function indexOf(hay: Uint8Array, needle: string, from: number, to = hay.length): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = hay.indexOf(first, from); i !== -1 && i + needle.length <= to; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = Math.max(0, from); i < to; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Adler-32 of what `data` inflates to (zlib header skipped), or null if it does not inflate; `budget` bounds the work. */
function inflatedAdler(data: Uint8Array, budget: { left: number }): number | null | 'skipped' | 'bomb' {
  let a = 1;
  let b = 0;
  let over = false;
  let size = 0;
  const inflater = new Inflate((chunk) => {
    budget.left -= chunk.length;
    size += chunk.length;
    if (budget.left < 0 || size > MAX_STREAM) over = true;
    for (let i = 0; i < chunk.length;) {
      // 5552 bytes is the most that can be summed before the modulo must be taken.
      const end = Math.min(chunk.length, i + 5552);
      for (; i < end; i++) {
        a += chunk[i]!;
        b += a;
      }
      a %= 65521;
      b %= 65521;
    }
  });
  try {
    for (let i = 2; i < data.length && !over; i += STEP)
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch {
    return null;
  }
  if (size > MAX_STREAM) return 'bomb';
  if (over) return 'skipped';
  return ((b << 16) | a) >>> 0;
}

export function checkPdfIntegrity(bytes: Uint8Array): PdfIntegrity {
  const result: PdfIntegrity = { damagedStreams: 0, checkedStreams: 0, truncated: false, bombStream: null };
  result.truncated = indexOf(bytes, 'startxref', Math.max(0, bytes.length - 4096)) === -1;
  // Encrypted files' streams are ciphertext: their checksums cannot be read.
  if (indexOf(bytes, '/Encrypt', 0) !== -1) return result;
  const budget = { left: MAX_CHECKED };
  for (let at = indexOf(bytes, 'stream', 0); at !== -1 && budget.left > 0; at = indexOf(bytes, 'stream', at + 6)) {
    // "endstream" also contains "stream"; only a keyword right after a dictionary starts data.
    if (at >= 3 && latin1(bytes, at - 3, at) === 'end') continue;
    const dictStart = Math.max(0, at - 2048);
    const dict = latin1(bytes, dictStart, at);
    const open = dict.lastIndexOf('<<');
    if (open === -1 || !/>>\s*$/.test(dict)) continue;
    const d = dict.slice(open);
    // Text extraction never decodes images, so their size (a flat colour compresses 1000:1) does not matter.
    if (/\/Subtype\s*\/Image\b/.test(d)) continue;
    if (!/\/Filter\s*(\[\s*)?\/FlateDecode\s*(\]|\/|>>|\s)/.test(d) || /\/Filter\s*\[\s*\/FlateDecode\s*\/\w/.test(d))
      continue;
    let start = at + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(d);
    let end = length ? start + Number(length[1]) : -1;
    if (end < 0 || end > bytes.length || indexOf(bytes, 'endstream', end, Math.min(bytes.length, end + 12)) === -1) {
      end = indexOf(bytes, 'endstream', start);
      if (end === -1) break;
    }
    const data = bytes.subarray(start, end);
    const adler = inflatedAdler(data, budget);
    if (adler === 'bomb') {
      result.bombStream = { compressed: data.length, inflated: MAX_STREAM };
      break;
    }
    if (adler === 'skipped') break;
    result.checkedStreams++;
    // The checksum is the stream's last four bytes, before any end-of-line padding.
    const tail = data.subarray(Math.max(0, data.length - 8));
    const want = [(adler ?? 0) >>> 24, ((adler ?? 0) >>> 16) & 0xff, ((adler ?? 0) >>> 8) & 0xff, (adler ?? 0) & 0xff];
    let found = false;
    if (adler !== null) {
      for (let i = 0; i + 4 <= tail.length && !found; i++) found = want.every((x, j) => tail[i + j] === x);
    }
    if (!found) result.damagedStreams++;
    at = end;
  }
  return result;
}
