import { describe, expect, it } from 'vitest';
import { ParagraphMap } from './paragraph-map';

// Two paragraphs; the second holds astral characters (𠵾 U+20D7E, 𫫇 U+2BAC7), two UTF-16 units each.
const text = '一、总体\n我们𠵾了𫫇的事。';
// Code points: 一0 、1 总2 体3 \n4 我5 们6 𠵾7 了8 𫫇9 的10 事11 。12 → length 13.
const paragraphs = [
  { start: 0, end: 4 },
  { start: 5, end: 13 },
];

describe('ParagraphMap', () => {
  const map = new ParagraphMap(text, paragraphs);

  it('slices each paragraph by code points', () => {
    expect(map.texts).toEqual(['一、总体', '我们𠵾了𫫇的事。']);
  });

  it('maps a document code point to the paragraph and its UTF-16 offset', () => {
    expect(map.toLocal(2)).toEqual({ index: 0, unit: 2 });
    // 了 is code point 8: after 我们𠵾 = 4 UTF-16 units.
    expect(map.toLocal(8)).toEqual({ index: 1, unit: 4 });
    // 的 (cp 10) follows two astral characters: 我们𠵾了𫫇 = 7 units.
    expect(map.toLocal(10)).toEqual({ index: 1, unit: 7 });
  });

  it('puts an offset in the newline gap at the end of the paragraph, or at the next start for a range start', () => {
    expect(map.toLocal(4)).toEqual({ index: 0, unit: 4 });
    expect(map.toLocal(4, true)).toEqual({ index: 1, unit: 0 });
  });

  it('maps paragraph UTF-16 offsets back to document code points', () => {
    expect(map.toDoc(1, 4)).toBe(8);
    expect(map.toDoc(1, 7)).toBe(10);
    expect(map.toDoc(1, 12)).toBe(13);
  });

  it('never splits a surrogate pair: inside 𠵾 snaps to its start or past it', () => {
    // unit 3 is between the two halves of 𠵾 (units 2–3).
    expect(map.toDoc(1, 3, 'floor')).toBe(7);
    expect(map.toDoc(1, 3, 'ceil')).toBe(8);
  });

  it('round-trips every code point of the text', () => {
    for (let cp = 5; cp <= 13; cp++) {
      const p = map.toLocal(cp)!;
      expect(map.toDoc(p.index, p.unit)).toBe(cp);
    }
  });
});
