/**
 * Bytes → text for plain-text formats (TXT, HTML): BOM, UTF-16 without BOM,
 * strict UTF-8, else GB18030 versus Big5. Reports the WHATWG name of the
 * encoding used so the user can see (and override) the choice.
 */
import chardet from 'chardet';
import type { ImportError, ImportWarning } from '../../model/document';
import { sniffUtf16, UTF16_CLEAN_SHARE, type Utf16Reading } from './decode-utf16';

export type DecodeResult =
  { ok: true; text: string; encoding: string; warnings?: ImportWarning[] } | { ok: false; error: ImportError };

/** How many bytes the statistical checks look at: enough for a verdict, cheap on a 1 MB file. */
const SAMPLE = 64 * 1024;

/**
 * The decoder for a WHATWG label. GBK and GB2312 labels always decode as
 * gb18030: Node's ICU 'gbk' differs from Chromium's in a few code points, and
 * gb18030 is a superset that decodes the same everywhere.
 */
export function decoderFor(label: string, fatal = false): TextDecoder | null {
  let d: TextDecoder;
  try {
    d = new TextDecoder(label.trim(), { fatal });
  } catch {
    return null;
  }
  if (d.encoding === 'gbk') return new TextDecoder('gb18030', { fatal });
  return d;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  const d = decoderFor(label, true);
  if (!d) return null;
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding a byte-order mark announces, and the BOM's length. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Executables and other binaries that someone renamed to .txt/.html/.pdf. */
export function isExecutable(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return true; // MZ: Windows PE
  if (bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) return true; // ELF
  const magic = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  // Mach-O (both byte orders, 32/64-bit) and fat binaries.
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic >>> 0);
}

/** Share of characters that are control characters other than tab, newline, form feed and carriage return. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** Share of UTF-16 code units that look like text: CJK, ASCII printable, whitespace, common punctuation. */
function plausibleShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2000 && c <= 0x206f) || // general punctuation (quotes, dashes)
      (c >= 0xa0 && c <= 0xff)
    )
      good++;
  }
  return good / n;
}

/**
 * How typical a byte string is for an encoding: the share of double-byte
 * characters whose lead byte lies in the common-character block. Real GB text
 * is nearly all GB2312 level 1 (lead B0–D7) plus symbols (A1–A3); real Big5 text
 * is nearly all level 1 (lead A4–C6) plus symbols (A1–A3). Text in the other
 * encoding scores far lower because its trail bytes or leads fall elsewhere.
 */
function doubleByteScore(bytes: Uint8Array, enc: 'gb18030' | 'big5'): number {
  const n = Math.min(bytes.length, SAMPLE);
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const t = bytes[i + 1] ?? 0;
    pairs++;
    if (enc === 'gb18030') {
      // A four-byte GB18030 sequence has a digit as its second byte.
      if (t >= 0x30 && t <= 0x39) {
        i += 3;
        continue;
      }
      if (((b >= 0xb0 && b <= 0xd7) || (b >= 0xa1 && b <= 0xa3)) && t >= 0xa1 && t <= 0xfe) common++;
    } else if (((b >= 0xa4 && b <= 0xc6) || (b >= 0xa1 && b <= 0xa3)) && ((t >= 0x40 && t <= 0x7e) || t >= 0xa1)) {
      common++;
    }
    i++;
  }
  return pairs === 0 ? 0 : common / pairs;
}

function replacementShare(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  return text.length === 0 ? 0 : bad / text.length;
}

/**
 * Beyond these shares the bytes are not text in any encoding: random or compressed
 * data decodes to about 40% U+FFFD and 11% control characters. Below them a text
 * file is damaged or mixes encodings: decoded, with a warning.
 */
const BINARY_REPLACEMENT_SHARE = 0.05;
const BINARY_CONTROL_SHARE = 0.05;

function damagedWarning(fileName: string, encoding: string, text: string): ImportWarning {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  const first = text.indexOf('\ufffd');
  const where =
    first === -1
      ? ''
      : `, the first after "${Array.from(text.slice(Math.max(0, first - 12), first))
          .join('')
          .replace(/\s+/g, ' ')}"`;
  return {
    code: 'encoding-damaged',
    message: `${fileName}: ${bad} character${bad === 1 ? '' : 's'} could not be read as ${encoding} and are shown as �${where}: the file is damaged or mixes encodings. If the text looks wrong, import it again with its encoding chosen (utf-8, gb18030 or big5; fazhi import --encoding).`,
  };
}

function binaryError(fileName: string): ImportError {
  return {
    code: 'binary',
    message: `${fileName} is not a text file (it contains binary data): check that you picked the right file.`,
  };
}

/**
 * Decode `bytes` as text. `override` (a WHATWG label) skips detection.
 * A BOM is removed from the text; the encoding it names wins over detection.
 */
export function decodeText(bytes: Uint8Array, fileName: string, override?: string): DecodeResult {
  if (bytes.length === 0) {
    return { ok: false, error: { code: 'empty', message: `${fileName} is empty (0 bytes): nothing to import.` } };
  }
  const bom = sniffBom(bytes);
  if (override) {
    const d = decoderFor(override);
    if (!d) {
      return {
        ok: false,
        error: {
          code: 'unsupported-format',
          message: `${fileName}: "${override}" is not a known text encoding; choose an encoding such as utf-8, gb18030 or big5.`,
        },
      };
    }
    // UTF-16 as chosen, but from the second byte when the file lost its first: the picker
    // then gives the same clean reading detection does, not the misaligned one.
    if (!bom && (d.encoding === 'utf-16le' || d.encoding === 'utf-16be')) {
      const reading = sniffUtf16(bytes, [d.encoding]);
      if (reading?.offset === 1) return readUtf16(bytes, fileName, reading);
    }
    // The decoder drops a BOM of its own encoding; a foreign BOM would be mojibake either way.
    const text = d.decode(bytes);
    // The user's choice is followed, but a wrong one is said: unreadable bytes, or text that is not text.
    if (text.includes('\ufffd'))
      return { ok: true, text, encoding: d.encoding, warnings: [damagedWarning(fileName, d.encoding, text)] };
    if (controlShare(text) > BINARY_CONTROL_SHARE || plausibleShare(text) < 0.8) {
      const warning: ImportWarning = {
        code: 'encoding-damaged',
        message: `${fileName}: read as ${d.encoding}, the text does not look like Chinese or other text (it is mostly unusual characters): this is probably not its encoding. Import it again with another encoding chosen.`,
      };
      return { ok: true, text, encoding: d.encoding, warnings: [warning] };
    }
    return { ok: true, text, encoding: d.encoding };
  }
  if (bom) {
    const d = decoderFor(bom.encoding)!;
    return { ok: true, text: d.decode(bytes), encoding: d.encoding };
  }
  if (isExecutable(bytes)) return { ok: false, error: binaryError(fileName) };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return readUtf16(bytes, fileName, utf16);

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    if (controlShare(utf8) > BINARY_CONTROL_SHARE) return { ok: false, error: binaryError(fileName) };
    return { ok: true, text: utf8, encoding: 'utf-8' };
  }
  // Nearly valid UTF-8 (a damaged download, a paste in another encoding): decoded, with a warning.
  // Legacy double-byte text is never nearly valid UTF-8: its lead bytes are almost never followed by 80–BF.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (isMostlyUtf8(lenient)) {
    return { ok: true, text: lenient, encoding: 'utf-8', warnings: [damagedWarning(fileName, 'utf-8', lenient)] };
  }

  // Legacy Chinese double-byte text. Strict decoding rules out impossible byte
  // sequences; the score picks the likelier of the two that remain. chardet's
  // statistics are the slow part (~10 ms for a short report), so they are asked
  // only when the byte-pattern scores are too close to call.
  const candidates = (['gb18030', 'big5'] as const).map((enc) => {
    // Lenient decoding, so that a file cut in the middle of a character still imports.
    const text = decoderFor(enc)!.decode(bytes);
    return { enc, text, score: doubleByteScore(bytes, enc) - 10 * replacementShare(text) };
  });
  const [gb, big5] = candidates as [(typeof candidates)[number], (typeof candidates)[number]];
  if (Math.abs(gb.score - big5.score) < 0.15) {
    const verdict = chardet.analyse(bytes.subarray(0, SAMPLE));
    const confidence = (name: string) => (verdict.find((m) => m.name === name)?.confidence ?? 0) / 100;
    gb.score += 0.2 * confidence('GB18030');
    big5.score += 0.2 * confidence('Big5');
  }
  const scored = candidates.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (
    controlShare(best.text) > BINARY_CONTROL_SHARE ||
    replacementShare(best.text) > BINARY_REPLACEMENT_SHARE ||
    plausibleShare(best.text) < 0.8
  ) {
    return { ok: false, error: binaryError(fileName) };
  }
  const warnings = best.text.includes('\ufffd') ? [damagedWarning(fileName, best.enc, best.text)] : [];
  return { ok: true, text: best.text, encoding: best.enc, warnings };
}

/** The chosen UTF-16 reading of the whole file, with a warning for each way it is not clean. */
function readUtf16(bytes: Uint8Array, fileName: string, reading: Utf16Reading): DecodeResult {
  const { encoding, offset } = reading;
  const body = bytes.subarray(offset, offset + ((bytes.length - offset) & ~1));
  const text = new TextDecoder(encoding).decode(body);
  const warnings: ImportWarning[] = [];
  const retry = 'If the text looks wrong, import it again with its encoding chosen (fazhi import --encoding).';
  if (offset === 1) {
    warnings.push({
      code: 'encoding-damaged',
      message: `${fileName}: read as ${encoding} from its second byte: the file has lost its first byte (read from the start, it turns into rare characters), so its first character is missing. ${retry}`,
    });
  } else if (reading.common < UTF16_CLEAN_SHARE) {
    warnings.push({
      code: 'encoding-damaged',
      message: `${fileName}: read as ${encoding}, but only ${Math.round(reading.common * 100)}% of its characters are common ones, in either byte order: the file is damaged (a byte lost or added part way shifts the rest) or is not UTF-16. ${retry}`,
    });
  } else if (bytes.length % 2 === 1) {
    warnings.push({
      code: 'encoding-damaged',
      message: `${fileName}: read as ${encoding}, the file ends in half a character (it has an odd number of bytes): it was cut short. ${retry}`,
    });
  }
  if (text.includes('\ufffd')) warnings.push(damagedWarning(fileName, encoding, text));
  return warnings.length ? { ok: true, text, encoding, warnings } : { ok: true, text, encoding };
}

/** Lenient UTF-8 with a few replacement characters among many multi-byte characters: damaged UTF-8 text. */
function isMostlyUtf8(text: string): boolean {
  let bad = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) wide++;
  }
  return bad > 0 && bad <= 0.02 * (wide + bad) && controlShare(text) <= BINARY_CONTROL_SHARE;
}
