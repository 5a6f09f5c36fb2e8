import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './index';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));

describe('HTML pages', () => {
  it('reads a GBK page by its charset meta, with title, meta properties and headings', async () => {
    const r = await extract(fixture('gbk-meta.html.raw'), 'gbk-meta.html');
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value;
    expect(v.encoding).toBe('gb18030');
    expect(v.containerTitle).toBe('某某区2023年法治政府建设年度报告_某某区人民政府');
    expect(v.properties).toMatchObject({
      articletitle: '某某区2023年法治政府建设年度报告',
      pubdate: '2024-03-01',
      contentsource: '某某区司法局',
    });
    expect(v.blocks.find((b) => b.headingLevel === 1)?.text).toBe('某某区2023年法治政府建设年度报告');
  });

  it('marks the article container main and the page furniture aside, splitting <br> lines and table rows', async () => {
    const r = await extract(fixture('gbk-meta.html.raw'), 'gbk-meta.html');
    if (!r.ok) throw new Error(r.error.message);
    const main = r.value.blocks.filter((b) => b.zone === 'main').map((b) => b.text);
    const aside = r.value.blocks.filter((b) => b.zone === 'aside').map((b) => b.text);
    expect(main).toEqual([
      '某某区2023年法治政府建设年度报告',
      '2023年,我区坚持依法行政。',
      '一、主要举措和成效',
      '(一)完善制度&机制。',
      '(二)规范执法。',
      '项目\t数量',
      '规范性文件\t12',
    ]);
    expect(aside).toContain('首页 > 政务公开');
    expect(aside).toContain('主办单位:某某区人民政府办公室 网站标识码:1234567890');
    expect(aside).toContain('通知公告');
  });

  it('never runs scripts: script, style, iframe and template text is absent, text of elements with handlers stays', async () => {
    const before = (globalThis as { __pwned?: boolean }).__pwned;
    const r = await extract(fixture('scripts.html.raw'), 'scripts.html');
    if (!r.ok) throw new Error(r.error.message);
    const all = r.value.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('点击事件段落的文字保留。');
    expect(all).toContain('链接文字保留,后续文字。');
    expect(all).toContain('图片之后的文字。');
    for (const absent of ['脚本内容不应出现', '被篡改', '请启用脚本', '框架内容', '矢量图文字', '模板内容', 'color']) {
      expect(all).not.toContain(absent);
    }
    expect(r.value.containerTitle).toBe('脚本测试');
    expect((globalThis as { __pwned?: boolean }).__pwned).toBe(before);
  });

  it('falls back to text density when no known container is present', async () => {
    const page =
      '<html><body><div id="nav">首页 新闻 公开</div><div id="x"><p>第一段是报告的正文内容。</p><p>第二段也是正文内容。</p></div><div id="f">版权所有</div></body></html>';
    const r = await extract(new TextEncoder().encode(page), 'page.html');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.blocks.filter((b) => b.zone === 'main').map((b) => b.text)).toEqual([
      '第一段是报告的正文内容。',
      '第二段也是正文内容。',
    ]);
    expect(r.value.blocks.filter((b) => b.zone === 'aside').map((b) => b.text)).toEqual(['首页 新闻 公开', '版权所有']);
  });
});

describe('deeply nested pages', () => {
  const para = (t: string) => `<p>${t}</p>`;
  const page = (before: string, depth: number, inside: string) =>
    new TextEncoder().encode(
      `<html><body>${before}${'<div>'.repeat(depth)}${inside}${'</div>'.repeat(depth)}</body></html>`,
    );

  it('reads a page nested 4,000 levels deep (no call-stack overflow)', async () => {
    const r = await extract(page('', 4000, para('深处的正文段落。')), 'deep.html');
    expect(r.ok && r.value.blocks.map((b) => b.text)).toEqual(['深处的正文段落。']);
  });

  it('stops at 5,000 levels quickly: keeps the text before with a warning, or says why there is none', async () => {
    const t0 = performance.now();
    const kept = await extract(page(para('前面的正文。'), 200_000, para('陷阱里的文字')), 'trap.html');
    const refused = await extract(page('', 200_000, para('陷阱里的文字')), 'trap2.html');
    expect(performance.now() - t0).toBeLessThan(3000);
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.value.blocks.map((b) => b.text)).toEqual(['前面的正文。']);
    expect(kept.value.warnings.map((w) => w.code)).toContain('html-too-deep');
    expect(!refused.ok && refused.error.code).toBe('corrupt');
    expect(!refused.ok && refused.error.message).toMatch(/^trap2\.html nests its elements more than 5000 levels deep/);
  });
});

describe('pages that hide their text', () => {
  it('warns when an unclosed comment hides the rest of the page', async () => {
    const html = `<html><body><p>前面的正文。</p><!-- ${'<p>被注释吞掉的正文。</p>'.repeat(100)}</body></html>`;
    const r = await extract(new TextEncoder().encode(html), 'cut.html');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.blocks.map((b) => b.text)).toEqual(['前面的正文。']);
    expect(r.value.warnings.find((w) => w.code === 'html-unclosed-comment')?.message).toMatch(
      /^cut\.html is damaged: an unclosed comment \(<!--\) hides its last \d+ characters/,
    );
  });

  it('refuses a text file far larger than any report, quickly', async () => {
    const t0 = performance.now();
    const r = await extract(new Uint8Array(33 * 1024 * 1024).fill(0x61), 'huge.txt');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(!r.ok && r.error.code).toBe('too-large');
    expect(!r.ok && r.error.message).toMatch(/^huge\.txt is 33 MB of text, more than the 32 MB limit/);
  });
});
