/**
 * Hostile archives built in the test (never committed: a bomb is small only
 * compressed): ZIPs with patched directory fields, decompression bombs, and
 * minimal .docx packages around a given document.xml.
 */
import { zipSync, type Zippable } from 'fflate';
import { crc32 } from './crc32';

const enc = new TextEncoder();

/** A minimal Word package: [Content_Types].xml, the relationship and the body. */
export function docxWith(documentXml: string | Uint8Array, extra: Zippable = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': enc.encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc.encode(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': typeof documentXml === 'string' ? enc.encode(documentXml) : documentXml,
    ...extra,
  });
}

export function paragraphsXml(paras: string[]): string {
  const body = paras.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/**
 * Raw DEFLATE (one fixed-Huffman block) of `prefix`, then `unit` (3 bytes, e.g. one
 * CJK character in UTF-8) repeated to about `size` bytes, then `suffix`: 13 bits per
 * 258 bytes of output, written directly, so a 300 MB bomb is built in milliseconds.
 */
export function deflateRepeat(prefix: Uint8Array, unit: Uint8Array, size: number, suffix: Uint8Array) {
  if (unit.length !== 3) throw new Error('unit must be 3 bytes');
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  const bits = (value: number, count: number) => {
    // Huffman codes go most significant bit first into the LSB-first stream.
    for (let i = count - 1; i >= 0; i--) {
      acc |= ((value >> i) & 1) << n;
      if (++n === 8) {
        out.push(acc);
        acc = 0;
        n = 0;
      }
    }
  };
  const literal = (b: number) => (b < 144 ? bits(0x30 + b, 8) : bits(0x190 + b - 144, 9));
  bits(1, 1); // BFINAL
  bits(1, 1); // BTYPE = 01 (fixed), low bit first
  bits(0, 1);
  for (const b of prefix) literal(b);
  for (const b of unit) literal(b);
  const repeats = Math.max(0, Math.floor((size - prefix.length - suffix.length - 3) / 258));
  for (let i = 0; i < repeats; i++) {
    bits(0b11000101, 8); // length 258
    bits(2, 5); // distance 3
  }
  for (const b of suffix) literal(b);
  bits(0, 7); // end of block
  if (n > 0) out.push(acc);
  return { data: new Uint8Array(out), size: prefix.length + 3 + repeats * 258 + suffix.length };
}

/** A ZIP of already-compressed entries (method 8), with the CRC given (a bomb's is never reached). */
export function rawZip(entries: { name: string; data: Uint8Array; size: number; crc: number; method?: number }[]) {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method ?? 8, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const c = new Uint8Array(46 + name.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method ?? 8, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    c.set(name, 46);
    parts.push(local, e.data);
    central.push(c);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((a, p) => a + p.length, 0));
  let p = 0;
  for (const x of all) {
    out.set(x, p);
    p += x.length;
  }
  return out;
}

/**
 * A .docx whose document.xml is one paragraph of `mb` MB of 法: a few hundred KB
 * compressed (like the 306 KB file that expanded to 314 million characters).
 */
export function bombDocx(mb: number): Uint8Array {
  const head = enc.encode(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
  );
  const tail = enc.encode('</w:t></w:r></w:p></w:body></w:document>');
  const body = deflateRepeat(head, enc.encode('法'), mb * 1024 * 1024, tail);
  const small = (name: string, text: string) => {
    const data = enc.encode(text);
    return { name, data, size: data.length, crc: crc32(data), method: 0 };
  };
  return rawZip([
    small(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    { name: 'word/document.xml', data: body.data, size: body.size, crc: 0 },
  ]);
}

/** Where each central-directory record starts, with its name. */
export function centralEntries(zip: Uint8Array): { at: number; name: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const out: { at: number; name: string }[] = [];
  for (let i = 0; i < count; i++) {
    const n = view.getUint16(p + 28, true);
    out.push({ at: p, name: new TextDecoder().decode(zip.subarray(p + 46, p + 46 + n)) });
    p += 46 + n + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** A copy of `zip` with a 32-bit field of `entry`'s directory record (offset 24: size, 16: CRC) set to `value`. */
export function patchEntry(zip: Uint8Array, entry: string, fieldOffset: number, value: number): Uint8Array {
  const copy = zip.slice();
  const e = centralEntries(copy).find((x) => x.name === entry);
  if (!e) throw new Error(`no entry ${entry}`);
  new DataView(copy.buffer).setUint32(e.at + fieldOffset, value >>> 0, true);
  return copy;
}

/** The byte range of `entry`'s compressed data. */
export function entryDataRange(zip: Uint8Array, entry: string): { start: number; end: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const e = centralEntries(zip).find((x) => x.name === entry)!;
  const local = view.getUint32(e.at + 42, true);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  return { start, end: start + view.getUint32(e.at + 20, true) };
}

export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[bit >> 3] = copy[bit >> 3]! ^ (1 << (bit & 7));
  return copy;
}

export { crc32 };

/** A ZIP holding `name` as `mb` MB of one repeated character (a bomb), next to `others` stored as they are. */
export function bombZip(name: string, mb: number, others: Record<string, Uint8Array> = {}): Uint8Array {
  const body = deflateRepeat(enc.encode('{"x":"'), enc.encode('法'), mb * 1024 * 1024, enc.encode('"}'));
  return rawZip([
    ...Object.entries(others).map(([n, data]) => ({ name: n, data, size: data.length, crc: crc32(data), method: 0 })),
    { name, data: body.data, size: body.size, crc: 0 },
  ]);
}
