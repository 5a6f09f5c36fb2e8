import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { bombDocx, docxWith, entryDataRange, flipBit, paragraphsXml } from '../../zip/hostile.test-helper';

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

describe('hostile Word files', () => {
  it('refuses a decompression bomb quickly, saying so', async () => {
    const bomb = bombDocx(100);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const t0 = performance.now();
    const r = await extract(bomb, 'bomb.docx');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(!r.ok && r.error.code).toBe('too-large');
    expect(!r.ok && r.error.message).toMatch(/^bomb\.docx looks like a decompression bomb: .*100 MB \(\d+:1\)/);
  });

  it.each(['<!--', '<?', '<![CDATA[', '<w:t a="'])(
    'reads a file with thousands of unclosed %s in linear time',
    async (trap) => {
      const xml = paragraphsXml(['第一段正文。']).replace(
        '</w:body>',
        `${'<w:p><w:r><w:t>x</w:t></w:r></w:p>' + trap}`.repeat(20000) + '</w:body>',
      );
      const t0 = performance.now();
      const r = await extract(docxWith(xml), 'trap.docx');
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(r.ok && r.value.blocks[0]!.text).toBe('第一段正文。');
    },
  );

  it('refuses every bit flip in the body that would change the text, as a damaged file', async () => {
    const paras = ['法治政府建设年度报告', '一、主要举措和成效', '全面推进依法行政 𠵾 𫫇。'.repeat(20)];
    const good = docxWith(paragraphsXml(paras));
    const { start, end } = entryDataRange(good, 'word/document.xml');
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      const bit = start * 8 + Math.floor(((end - start) * 8 * (i + 0.5)) / 40);
      const r = await extract(flipBit(good, bit), 'flipped.docx');
      if (r.ok) expect(r.value.blocks.map((b) => b.text)).toEqual(paras);
      else {
        expect(r.error.code).toBe('corrupt');
        expect(r.error.message).toMatch(/^flipped\.docx is damaged: .*download or copy it again/);
        refused++;
      }
    }
    expect(refused).toBe(40);
  });
});
