import { describe, expect, it } from 'vitest';
import type { Section } from '../model/document';
import type { Code } from '../model/project';
import { buildCodebook } from '../codebook/templates';
import { cpSlice } from '../text/codepoints';
import { suggestCodes, suggestionKey } from './suggestions';

// Astral characters (𠵾, 𫫇) before the sections make code points and UTF-16 units differ.
const lines = [
  '𠵾𫫇区2023年报告',
  '一、主要举措和成效',
  '推进𫫇村依法行政。',
  '加强执法监督。',
  '二、存在的不足和原因。个别部门重视不够。',
];
const text = lines.join('\n');
const paragraphs: { start: number; end: number }[] = [];
let at = 0;
for (const l of lines) {
  const n = [...l].length;
  paragraphs.push({ start: at, end: at + n });
  at += n + 1;
}
const p = paragraphs;
const sections: Section[] = [
  {
    start: p[1]!.start,
    end: p[3]!.end + 1,
    heading: '一、主要举措和成效',
    category: 'measures',
    level: 1,
    headingEnd: p[1]!.end,
  },
  {
    start: p[4]!.start,
    end: p[4]!.end,
    heading: '二、存在的不足和原因',
    category: 'shortcomings',
    level: 1,
    headingEnd: p[4]!.start + 11,
  },
];
let n = 0;
const codes: Code[] = buildCodebook('none', 'p', 'now', () => `c${++n}`);
const measures = codes.find((c) => c.category === 'measures')!.id;

describe('suggestCodes', () => {
  it('offers each body paragraph with its section category, skipping heading-only paragraphs', () => {
    const s = suggestCodes('d1', { text, sections, paragraphs }, codes, [], []);
    expect(s.map((x) => [cpSlice(text, x.start, x.end), x.category])).toEqual([
      ['推进𫫇村依法行政。', 'measures'],
      ['加强执法监督。', 'measures'],
      ['二、存在的不足和原因。个别部门重视不够。', 'shortcomings'],
    ]);
    expect(s[0]!.key).toBe(`d1:${p[2]!.start}:${p[2]!.end}:measures`);
    expect(s[0]!.codeId).toBe(measures);
    expect(s[0]!.sectionHeading).toBe('一、主要举措和成效');
  });

  it('leaves out accepted and rejected suggestions', () => {
    const s = suggestCodes(
      'd1',
      { text, sections, paragraphs },
      codes,
      [{ docId: 'd1', start: p[2]!.start, end: p[2]!.end, codeId: measures, origin: 'suggestion' }],
      [{ docId: 'd1', start: p[4]!.start, end: p[4]!.end, category: 'shortcomings' }],
    );
    expect(s.map((x) => x.start)).toEqual([p[3]!.start]);
  });

  it('still offers a paragraph coded by hand or with another code', () => {
    const s = suggestCodes(
      'd1',
      { text, sections, paragraphs },
      codes,
      [
        { docId: 'd1', start: p[2]!.start, end: p[2]!.end, codeId: measures, origin: 'manual' },
        { docId: 'd2', start: p[3]!.start, end: p[3]!.end, codeId: measures, origin: 'suggestion' },
      ],
      [],
    );
    expect(s).toHaveLength(3);
  });

  it('offers nothing for a category whose code was deleted', () => {
    const s = suggestCodes(
      'd1',
      { text, sections, paragraphs },
      codes.filter((c) => c.category !== 'shortcomings'),
      [],
      [],
    );
    expect(s.every((x) => x.category === 'measures')).toBe(true);
    expect(suggestionKey('d', { start: 1, end: 2 }, 'plans')).toBe('d:1:2:plans');
  });
});
