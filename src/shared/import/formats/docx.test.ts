import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './index';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));

describe('Word documents', () => {
  it('reads paragraphs, heading levels, a table row by row and accepted tracked changes', async () => {
    const r = await extract(fixture('headings.docx'), 'headings.docx');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.blocks.map((b) => [b.text, b.headingLevel])).toEqual([
      ['某某区2023年法治政府建设年度报告', 0],
      ['一、主要举措和成效', 1],
      ['(一)完善制度', 2],
      ['1.大纲级别标题', 3],
      ['正文第一段插入的文字。', undefined],
      ['甲\t乙', undefined],
      ['第二行', undefined],
      ['项目\t数量', undefined],
      ['规范性文件\t12', undefined],
      ['二、存在的不足 & 原因', 1],
    ]);
    expect(r.value.containerTitle).toBe('某某区2023年法治政府建设年度报告');
    expect(r.value.properties['creator']).toBe('某某区司法局');
  });

  it.each([
    ['legacy.doc', 'legacy-word', 'save as .docx'],
    ['encrypted.docx', 'encrypted', 'password'],
    ['truncated.docx', 'corrupt', 'truncated'],
    ['no-document.docx', 'corrupt', 'word/document.xml'],
  ])('refuses %s with %s and says why', async (name, code, reason) => {
    const r = await extract(fixture(name), name);
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.message).toContain(name);
    expect(!r.ok && r.error.message).toContain(reason);
  });
});
