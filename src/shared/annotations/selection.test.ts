import { describe, expect, it } from 'vitest';
import { OffsetMap, cpSlice } from '../text/codepoints';
import { paragraphAt, sentenceAt, tidyRange, tidyUnitRange } from './selection';

// 𠵾 and 𫫇 lie outside the BMP: one code point, two UTF-16 units each.
const text = '\u3000\u3000𠵾村推进\u00a0𫫇法治。\n\n第二段。 ';

describe('tidyRange', () => {
  it('trims ideographic spaces, NBSP and newlines, counting code points', () => {
    const r = tidyRange(text, 0, 13);
    expect(r).toEqual({ start: 2, end: 11 });
    expect(cpSlice(text, r!.start, r!.end)).toBe('𠵾村推进\u00a0𫫇法治。');
  });
  it('clamps, orders and snaps fractional offsets outward', () => {
    expect(tidyRange(text, 100, 12.5)).toEqual({ start: 13, end: 17 });
    expect(tidyRange(text, 2.4, 2.6)).toEqual({ start: 2, end: 3 });
  });
  it('returns null for a whitespace-only range', () => {
    expect(tidyRange(text, 0, 2)).toBeNull();
    expect(tidyRange(text, 11, 13)).toBeNull();
  });
});

describe('tidyUnitRange', () => {
  it('never splits a surrogate pair', () => {
    const map = new OffsetMap(text);
    // UTF-16 unit 3 is inside 𠵾 (units 2–3); unit 9 is inside 𫫇 (units 8–9).
    const r = tidyUnitRange(map, 3, 9);
    expect(r).toEqual({ start: 2, end: 8 });
    expect(map.slice(r!.start, r!.end)).toBe('𠵾村推进\u00a0𫫇');
  });
});

describe('sentenceAt / paragraphAt', () => {
  const content = {
    sentences: [
      { start: 2, end: 11 },
      { start: 13, end: 17 },
    ],
    paragraphs: [
      { start: 0, end: 11 },
      { start: 13, end: 17 },
    ],
  };
  it('finds the span holding the caret', () => {
    expect(sentenceAt(content, 2)).toEqual({ start: 2, end: 11 });
    expect(sentenceAt(content, 9)).toEqual({ start: 2, end: 11 });
    expect(paragraphAt(content, 14)).toEqual({ start: 13, end: 17 });
  });
  it('takes a caret at the end of a span, and nothing between spans', () => {
    expect(sentenceAt(content, 11)).toEqual({ start: 2, end: 11 });
    expect(sentenceAt(content, 12)).toBeNull();
    expect(sentenceAt(content, 0)).toBeNull();
    expect(paragraphAt(content, 99)).toBeNull();
  });
});
