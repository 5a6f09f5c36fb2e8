import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { unzipBounded } from './bounded-unzip';
import { crc32 } from './crc32';
import { bombDocx, entryDataRange, flipBit, patchEntry } from './hostile.test-helper';

const enc = new TextEncoder();
const LIMITS = { maxTotalBytes: 8 * 1024 * 1024, maxRatio: 100 };
const text = '法治政府建设年度报告 𠵾𫫇 '.repeat(2000);

describe('bounded unzip', () => {
  it('reads stored and deflated entries exactly, and only the ones asked for', () => {
    const zip = zipSync({
      'a.txt': [enc.encode(text), { level: 0 }],
      'b.txt': enc.encode(text),
      'c.bin': enc.encode('x'),
    });
    const r = unzipBounded(zip, LIMITS, (n) => n !== 'c.bin');
    if (!r.ok) throw new Error(r.failure.reason);
    expect([...r.files.keys()]).toEqual(['a.txt', 'b.txt']);
    expect(new TextDecoder().decode(r.files.get('a.txt'))).toBe(text);
    expect(new TextDecoder().decode(r.files.get('b.txt'))).toBe(text);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(enc.encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('refuses a decompression bomb from its declared size, before inflating it', () => {
    const bomb = bombDocx(16);
    const r = unzipBounded(bomb, LIMITS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure.kind).toBe('bomb');
    expect(r.failure.reason).toMatch(/word\/document\.xml expands from \d+ KB to 16 MB \(\d+:1\)/);
  });

  it('stops inflating at the declared size when the directory lies about it', () => {
    const bomb = bombDocx(16);
    const liar = patchEntry(bomb, 'word/document.xml', 24, 50_000);
    const t0 = performance.now();
    const r = unzipBounded(liar, LIMITS);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(!r.ok && r.failure.kind).toBe('damaged');
    expect(!r.ok && r.failure.reason).toContain('more than the size it declares');
  });

  it('caps the total at an ordinary ratio with a too-large failure', () => {
    const noise = new Uint8Array(1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const zip = zipSync({
      'a.bin': [noise, { level: 0 }],
      'b.bin': [noise, { level: 0 }],
      'c.bin': [noise, { level: 0 }],
    });
    const r = unzipBounded(zip, { maxTotalBytes: 2.5 * 1024 * 1024, maxRatio: 100 });
    expect(!r.ok && r.failure.kind).toBe('too-large');
  });

  it('finds every single-bit flip in an entry’s data: damaged, never altered content', () => {
    const zip = zipSync({ 'word/document.xml': enc.encode(text) });
    const { start, end } = entryDataRange(zip, 'word/document.xml');
    let checked = 0;
    for (let bit = start * 8; bit < end * 8; bit += Math.max(1, Math.floor(((end - start) * 8) / 300))) {
      const r = unzipBounded(flipBit(zip, bit), LIMITS);
      if (r.ok) expect(new TextDecoder().decode(r.files.get('word/document.xml'))).toBe(text);
      else expect(r.failure.kind).toBe('damaged');
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('refuses a wrong checksum, a truncated file, an encrypted entry and a file that is no zip', () => {
    const zip = zipSync({ 'a.txt': enc.encode(text) });
    const badCrc = patchEntry(zip, 'a.txt', 16, 0x12345678);
    const crc = unzipBounded(badCrc, LIMITS);
    expect(!crc.ok && crc.failure.reason).toContain('fails its checksum (CRC-32)');
    const truncated = unzipBounded(zip.subarray(0, zip.length - 30), LIMITS);
    expect(!truncated.ok && truncated.failure.kind).toBe('damaged');
    // General-purpose flag bit 0 (encrypted) in the directory record.
    const encrypted = zip.slice();
    const view = new DataView(encrypted.buffer);
    let end = encrypted.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const cd = view.getUint32(end + 16, true);
    view.setUint16(cd + 8, view.getUint16(cd + 8, true) | 1, true);
    const r = unzipBounded(encrypted, LIMITS);
    expect(!r.ok && r.failure.kind).toBe('encrypted');
    const notZip = unzipBounded(enc.encode('just some text, no archive at all'), LIMITS);
    expect(!notZip.ok && notZip.failure.kind).toBe('not-zip');
  });
});
