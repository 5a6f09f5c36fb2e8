import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

/** The byte-at-a-time definition, to check the sliced loop against. */
function reference(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

describe('crc32', () => {
  it('gives the check values of the standard (CRC-32/ISO-HDLC)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('agrees with the byte-at-a-time definition at every length and offset, and when continued', () => {
    let seed = 7;
    const bytes = new Uint8Array(300).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    for (let len = 0; len <= 40; len++)
      for (const from of [0, 1, 3, 7]) {
        const part = bytes.subarray(from, from + len);
        expect(crc32(part)).toBe(reference(part));
      }
    const whole = crc32(bytes);
    expect(crc32(bytes.subarray(13), crc32(bytes.subarray(0, 13)))).toBe(whole);
    expect(whole).toBe(reference(bytes));
  });
});
