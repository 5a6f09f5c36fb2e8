import { describe, expect, it } from 'vitest';
import { segmentize } from '../../../../../shared/annotations/ranges';
import { OffsetMap } from '../../../../../shared/text/codepoints';
import { segmentAtCaret, targetRange } from './target-range';

// Code points: 坚0…。6 | 推7 进8 𫫇9 改10 革11 。12 | \n13 | space14 下15 … 。22.
// Paragraph 1: two sentences, the second with 𫫇 (two UTF-16 units); paragraph 2: one sentence.
const text = '坚持依法行政。推进𫫇改革。\n 下一步加强监督。';
const content = {
  sentences: [
    { start: 0, end: 7 },
    { start: 7, end: 13 },
    { start: 14, end: 23 },
  ],
  paragraphs: [
    { start: 0, end: 13 },
    { start: 14, end: 23 },
  ],
};
const whole = new OffsetMap(text);

describe('targetRange', () => {
  it('codes the sentence at a caret', () => {
    expect(targetRange(content, whole, { start: 9, end: 9, collapsed: true }, 'selection')).toEqual({
      start: 7,
      end: 13,
    });
  });

  it('trims leading whitespace off the sentence at the caret', () => {
    expect(targetRange(content, whole, { start: 18, end: 18, collapsed: true }, 'selection')).toEqual({
      start: 15,
      end: 23,
    });
  });

  it('codes the trimmed selection', () => {
    expect(targetRange(content, whole, { start: 13, end: 20, collapsed: false }, 'selection')).toEqual({
      start: 15,
      end: 20,
    });
  });

  it('codes the paragraph with Shift, and all paragraphs a selection touches', () => {
    expect(targetRange(content, whole, { start: 3, end: 3, collapsed: true }, 'paragraph')).toEqual({
      start: 0,
      end: 13,
    });
    expect(targetRange(content, whole, { start: 3, end: 17, collapsed: false }, 'paragraph')).toEqual({
      start: 0,
      end: 23,
    });
  });
});

describe('segmentAtCaret', () => {
  const segs = segmentize([
    { id: 'a', start: 0, end: 7 },
    { id: 'b', start: 5, end: 14 },
  ]);
  it('finds the codes on the character after the caret, or before it at the end of a passage', () => {
    expect(segmentAtCaret(segs, 6)?.ids).toEqual(['a', 'b']);
    expect(segmentAtCaret(segs, 14)?.ids).toEqual(['b']);
    expect(segmentAtCaret(segs, 20)).toBeNull();
  });
});
