import { describe, expect, it } from 'vitest';
import { OffsetMap, cpLength, cpSlice } from './codepoints';

describe('code point offsets', () => {
  it('counts characters outside the BMP as one', () => {
    expect(cpLength('法治𠵾政府𫫇')).toBe(6);
    expect('法治𠵾政府𫫇'.length).toBe(8);
  });

  it('maps both ways around astral characters', () => {
    const m = new OffsetMap('a𠵾b𫫇c');
    expect(m.toUnit(0)).toBe(0);
    expect(m.toUnit(2)).toBe(3);
    expect(m.toUnit(5)).toBe(7);
    expect(m.toCodePoint(3)).toBe(2);
    // Inside the surrogate pair of 𠵾: floor to its start, ceil past it.
    expect(m.toCodePoint(2, 'floor')).toBe(1);
    expect(m.toCodePoint(2, 'ceil')).toBe(2);
    expect(m.slice(1, 4)).toBe('𠵾b𫫇');
  });

  it('is the identity for BMP-only text', () => {
    const m = new OffsetMap('法治政府建设');
    expect(m.toUnit(3)).toBe(3);
    expect(m.toCodePoint(4)).toBe(4);
    expect(cpSlice('法治政府建设', 2, 4)).toBe('政府');
  });
});
