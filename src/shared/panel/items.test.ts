import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../text/codepoints';
import { categoryItems } from './items';
import { loadFixture } from './fixtures.test-helper';

const texts = (content: Parameters<typeof categoryItems>[0], cat: 'plans' | 'shortcomings') => {
  const map = new OffsetMap(content.text);
  return categoryItems(content, cat).map((i) => map.slice(i.start, i.end));
};

describe('items under a section', () => {
  it('counts numbered plan items and 一是/二是 shortcomings, leaving the sign-off out', async () => {
    const { content } = await loadFixture('linan-2022.txt');
    expect(texts(content, 'plans')).toEqual([
      '1.推进镇街综合行政执法队伍规范化建设，分批开展执法人员轮训。',
      '2.创新基层普法宣传方式，在村社建设法治文化阵地。',
      '3.压缩行政复议案件办理时限，推行繁简分流审理机制。',
      '4.建立重大行政决策目录管理制度，向社会公开决策事项。',
    ]);
    const shortcomings = texts(content, 'shortcomings');
    expect(shortcomings).toHaveLength(3);
    expect(shortcomings[0]).toMatch(/^一是部分执法人员业务能力有待提升/);
    expect(shortcomings[2]).toBe('三是行政复议案件办理周期偏长，个别案件超过法定期限。');
  });

  it('counts (一) items as plans and gives none to a section that has no list', async () => {
    const { content } = await loadFixture('fuyang-2023.txt');
    expect(texts(content, 'plans')).toEqual([
      '（一）强化法治督察结果运用。',
      '（二）引进培养法治专门人才。',
      '（三）提高行政机关负责人出庭应诉水平。',
    ]);
    expect(texts(content, 'shortcomings')).toHaveLength(3);
  });

  it('does not take a lone 一是 in prose, or 统一是, for a list', () => {
    const text = '一、存在的不足\n标准统一是难点，一是指标不清。\n二、下一步安排\n甲事。';
    const content = {
      text,
      headings: [],
      paragraphs: [],
      sections: [
        { start: 0, end: 23, heading: '一、存在的不足', category: 'shortcomings' as const, level: 1, headingEnd: 7 },
      ],
    };
    expect(categoryItems(content, 'shortcomings')).toEqual([]);
  });
});
