import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../../../shared/text/codepoints';
import { spanAt, trimRange } from './text-ranges';

describe('trimRange', () => {
  it('drops surrounding spaces, ideographic spaces and newlines', () => {
    const map = new OffsetMap('\u3000 依法行政。\n');
    expect(trimRange(map, 0, 8)).toEqual({ start: 2, end: 7 });
  });

  it('counts code points across astral characters', () => {
    const map = new OffsetMap(' 𠵾𫫇 ');
    expect(trimRange(map, 0, 4)).toEqual({ start: 1, end: 3 });
  });

  it('returns null for a whitespace-only selection and orders a backwards range', () => {
    const map = new OffsetMap('甲  乙');
    expect(trimRange(map, 1, 3)).toBeNull();
    expect(trimRange(map, 4, 0)).toEqual({ start: 0, end: 4 });
  });
});

describe('spanAt (caret → sentence)', () => {
  const sentences = [
    { start: 0, end: 5 },
    { start: 5, end: 12 },
    { start: 14, end: 20 },
  ];
  it('finds the sentence around the caret', () => {
    expect(spanAt(sentences, 7)).toEqual({ start: 5, end: 12 });
  });
  it('gives the following sentence at a boundary between adjacent sentences', () => {
    expect(spanAt(sentences, 5)).toEqual({ start: 5, end: 12 });
  });
  it('gives the sentence just ended when the caret sits after its last character', () => {
    expect(spanAt(sentences, 12)).toEqual({ start: 5, end: 12 });
  });
  it('gives nothing in a gap or outside the text', () => {
    expect(spanAt(sentences, 13)).toBeNull();
    expect(spanAt(sentences, 25)).toBeNull();
    expect(spanAt([], 0)).toBeNull();
  });
});
