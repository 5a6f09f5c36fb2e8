import { describe, expect, it } from 'vitest';
import { cpSlice } from '../text/codepoints';
import { planAutocode, segmentsFor } from './autocode';
import { kwicRows, sortKwic } from './kwic';
import { paragraphSpans, sentenceSpans, widen } from './units';

const slices = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => cpSlice(text, s.start, s.end));

describe('sentences and paragraphs', () => {
  it('ends Chinese sentences at 。！？ with closing quotes, no space needed; ；： optionally', () => {
    const t = '他说：“要依法。”然后！再看？  最后；还有：结束';
    expect(slices(t, sentenceSpans(t))).toEqual(['他说：“要依法。”', '然后！', '再看？', '最后；还有：结束']);
    expect(slices(t, sentenceSpans(t, { semicolons: true }))).toEqual([
      '他说：',
      '“要依法。”',
      '然后！',
      '再看？',
      '最后；',
      '还有：',
      '结束',
    ]);
  });

  it('counts code points outside the BMP as one', () => {
    const t = '𠵾𫫇一。二𠵾。\n三';
    expect(sentenceSpans(t)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 7 },
      { start: 8, end: 9 },
    ]);
    expect(paragraphSpans('  甲𠵾 \n\n乙')).toEqual([
      { start: 2, end: 4 },
      { start: 7, end: 8 },
    ]);
  });

  it('widens a hit to its sentence, ± n sentences, within the text', () => {
    const t = '一句。二句。三句。四句。';
    const units = sentenceSpans(t);
    const hit = { start: 6, end: 7 }; // 三
    expect(cpSlice(t, widen(hit, units).start, widen(hit, units).end)).toBe('三句。');
    const w1 = widen(hit, units, 1);
    expect(cpSlice(t, w1.start, w1.end)).toBe('二句。三句。四句。');
    const w9 = widen(hit, units, 9);
    expect(w9).toEqual({ start: 0, end: [...t].length });
    // A hit across a sentence end covers both sentences.
    const across = widen({ start: 4, end: 7 }, units);
    expect(cpSlice(t, across.start, across.end)).toBe('二句。三句。');
  });
});

describe('autocode planning', () => {
  const text = '依法行政。坚持依法决策，依法公开。\n第二段依法。';

  it('one segment per hit, or per sentence (two hits in one sentence give one segment)', () => {
    const hits = [
      { start: 0, end: 2 },
      { start: 7, end: 9 },
      { start: 12, end: 14 },
      { start: 21, end: 23 },
    ];
    const doc = { docId: 'd', text, hits };
    expect(segmentsFor(doc, { unit: 'hit' })).toHaveLength(4);
    const sentences = segmentsFor(doc, { unit: 'sentence' });
    expect(slices(text, sentences)).toEqual(['依法行政。', '坚持依法决策，依法公开。', '第二段依法。']);
    expect(sentences.map((s) => s.hits)).toEqual([1, 2, 1]);
    const paragraphs = segmentsFor(doc, { unit: 'paragraph' });
    expect(slices(text, paragraphs)).toEqual(['依法行政。坚持依法决策，依法公开。', '第二段依法。']);
  });

  it('never plans a segment the code already has', () => {
    const docs = [
      {
        docId: 'd',
        text,
        hits: [
          { start: 0, end: 2 },
          { start: 21, end: 23 },
        ],
      },
    ];
    const plan = planAutocode(docs, { unit: 'sentence' }, [{ docId: 'd', start: 0, end: 5 }]);
    expect(plan.existing).toBe(1);
    expect(slices(text, plan.segments)).toEqual(['第二段依法。']);
  });
});

describe('keyword in context', () => {
  it('cuts contexts by code points and sorts by left (read backwards) and right context', () => {
    const text = '𠵾甲依法乙\n丙依法丁';
    const rows = kwicRows(
      'd',
      text,
      [
        { start: 2, end: 4, term: 0 },
        { start: 7, end: 9, term: 0 },
      ],
      2,
    );
    expect(rows[0]).toMatchObject({ left: '𠵾甲', hit: '依法', right: '乙 ⏎ ' });
    expect(rows[1]).toMatchObject({ left: ' ⏎ 丙', hit: '依法', right: '丁' });
    expect(sortKwic(rows, 'right').map((r) => r.right)).toEqual(['丁', '乙 ⏎ ']);
    expect(sortKwic(rows, 'document').map((r) => r.start)).toEqual([2, 7]);
  });
});
