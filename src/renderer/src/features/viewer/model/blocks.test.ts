import { describe, expect, it } from 'vitest';
import { buildBlocks, sectionLabels } from './blocks';
import { ParagraphMap } from './paragraph-map';

const text = '一、主要举措\n二、𠵾负责人履职。现将情况报告如下\n正文';
const paragraphs = [
  { start: 0, end: 6 },
  { start: 7, end: 24 },
  { start: 25, end: 27 },
];

describe('buildBlocks', () => {
  const map = new ParagraphMap(text, paragraphs);
  const blocks = buildBlocks(paragraphs, map.texts, [
    { start: 0, end: 6, text: '一、主要举措', level: 1 },
    { start: 7, end: 15, text: '二、𠵾负责人履职。', level: 1 },
  ]);

  it('renders a heading that fills its paragraph as a heading', () => {
    expect(blocks[0]).toMatchObject({ headingLevel: 1, boldUnits: 0, text: '一、主要举措' });
  });

  it('renders a run-on heading as a bold prefix, measured in UTF-16 units', () => {
    // 二、𠵾负责人履职。 is 8 code points but 9 UTF-16 units (𠵾 is a surrogate pair).
    expect(blocks[1]).toMatchObject({ headingLevel: null, boldUnits: 9 });
  });

  it('renders other paragraphs plainly', () => {
    expect(blocks[2]).toMatchObject({ headingLevel: null, boldUnits: 0, text: '正文' });
  });
});

describe('sectionLabels', () => {
  it('labels only top-level sections, next to the block where each starts', () => {
    const labels = sectionLabels(
      [
        { start: 0, end: 7, heading: '一、主要举措', category: 'measures', level: 1, headingEnd: 6 },
        { start: 3, end: 5, heading: '(一)', category: 'measures', level: 2, headingEnd: 4 },
        { start: 7, end: 27, heading: '二、', category: 'duties', level: 1, headingEnd: 15 },
      ],
      paragraphs,
    );
    expect(labels.map((l) => [l.category, l.blockIndex])).toEqual([
      ['measures', 0],
      ['duties', 1],
    ]);
  });
});
