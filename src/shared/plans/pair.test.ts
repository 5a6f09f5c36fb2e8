import { describe, expect, it } from 'vitest';
import { loadFixture, loadPanelFixtures } from '../panel/fixtures.test-helper';
import { consecutiveReports, pairPlans, planItems } from './pair';
import { bigrams, cosine, idfOf, vectorOf } from './ngrams';

describe('plans against next year’s measures', () => {
  it('ranks the passage that delivers each plan first', async () => {
    const [y2022, y2023] = await Promise.all([loadFixture('linan-2022.txt'), loadFixture('linan-2023.txt')]);
    const matches = pairPlans(y2022.content, y2023.content);
    expect(matches.map((m) => m.plan.text.slice(0, 12))).toEqual([
      '1.推进镇街综合行政执法',
      '2.创新基层普法宣传方式',
      '3.压缩行政复议案件办理',
      '4.建立重大行政决策目录',
    ]);
    const best = matches.map((m) => m.candidates[0]?.text ?? '');
    expect(best[0]).toMatch(/^全年组织镇街综合行政执法队伍轮训四期/);
    expect(best[1]).toMatch(/^新建村社法治文化阵地十二处/);
    expect(best[2]).toMatch(/^推行行政复议繁简分流审理机制/);
    // Nothing in 2023 delivers plan 4: its best passage is a weak one.
    expect(matches[3]!.candidates[0]?.similarity ?? 0).toBeLessThan(matches[2]!.candidates[0]!.similarity);
    // Offsets are code points that slice the stored text to the passage shown.
    const c = matches[0]!.candidates[0]!;
    expect([...y2023.content.text].slice(c.start, c.end).join('')).toBe(c.text);
  });

  it('falls back to the sentences of an unnumbered plans section', () => {
    const text = '一、下一步工作安排\n继续深化执法改革。全面加强普法宣传。';
    const items = planItems({
      text,
      simplified: null,
      headings: [{ start: 0, end: 9, text: '一、下一步工作安排', level: 1 }],
      sections: [{ start: 0, end: 28, heading: '一、下一步工作安排', category: 'plans', level: 1, headingEnd: 9 }],
      paragraphs: [{ start: 10, end: 28 }],
      sentences: [
        { start: 10, end: 19 },
        { start: 19, end: 28 },
      ],
    });
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ['sentence', '继续深化执法改革。'],
      ['sentence', '全面加强普法宣传。'],
    ]);
  });

  it('pairs the reports of one government in consecutive years only', async () => {
    const docs = (await loadPanelFixtures()).map((d) => d.record);
    const pairs = consecutiveReports(docs);
    expect(pairs.map((p) => [p.government.name, p.year, p.planDoc.fileName, p.measureDoc.fileName])).toEqual([
      ['临安区', 2022, 'linan-2022.txt', 'linan-2023.txt'],
    ]);
  });

  it('similarity ignores punctuation and width, and is 1 for the same text', () => {
    const a = bigrams('推行繁简分流，审理机制');
    const b = bigrams('推行繁简分流,审理机制。');
    const idf = idfOf([a, b]);
    expect(cosine(vectorOf(a, idf, 1), vectorOf(b, idf, 1))).toBeCloseTo(1, 6);
  });
});
