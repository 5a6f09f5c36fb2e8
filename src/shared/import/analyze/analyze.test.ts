/** Edge cases of the analysis, one small text fixture each, through `analyze` on plain-text blocks. */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../model/document';
import { cpSlice } from '../../text/codepoints';
import type { Extracted, RawBlock } from '../formats/types';
import { analyze } from './index';

function doc(text: string, extra: Partial<Extracted> = {}, blocks?: RawBlock[]): ParsedDocument {
  const ex: Extracted = {
    format: 'txt',
    encoding: 'utf-8',
    blocks: blocks ?? text.split('\n').map((t) => ({ text: t, zone: 'main' as const })),
    containerTitle: null,
    properties: {},
    warnings: [],
    ...extra,
  };
  const r = analyze(ex, 'fixture.txt', new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

const REPORT = [
  '某某县2022年法治政府建设年度报告',
  '2022年,我县深入推进法治政府建设。',
  '一、主要举措和成效',
  '(一)依法全面履行政府职能。全年清理文件12件。',
  '二、存在的不足和原因',
  '执法队伍专业化水平有待提高。',
  '三、2023年工作安排',
  '持续推进严格规范公正文明执法。',
].join('\n');

describe('analyze', () => {
  it('takes the title off the body and finds the sections in order', () => {
    const d = doc(REPORT);
    expect(d.title).toBe('某某县2022年法治政府建设年度报告');
    expect(d.text.startsWith('2022年,我县')).toBe(true);
    expect(d.sections.map((s) => [s.heading, s.category])).toEqual([
      ['一、主要举措和成效', 'measures'],
      ['二、存在的不足和原因', 'shortcomings'],
      ['三、2023年工作安排', 'plans'],
    ]);
    expect(d.reportYear).toBe(2022);
    expect(d.genre).toBe('report');
  });

  it('reads each numbering style, half- and full-width, as its level', () => {
    const d = doc(
      [
        '一、总体情况',
        '(一)半角括号',
        '（二）全角括号',
        '1.半角点',
        '2．全角点',
        '3、顿号',
        '(1)半角',
        '（2）全角',
        '一是加强领导,二是完善制度。',
      ].join('\n'),
    );
    expect(d.headings.map((h) => [h.text, h.level])).toEqual([
      ['一、总体情况', 1],
      ['(一)半角括号', 2],
      ['（二）全角括号', 2],
      ['1.半角点', 3],
      ['2．全角点', 3],
      ['3、顿号', 3],
      ['(1)半角', 4],
      ['（2）全角', 4],
    ]);
    // Full-width punctuation is kept as published.
    expect(d.text).toContain('（二）全角括号');
  });

  it('ends a run-on heading at its first full stop, as a prefix of the paragraph', () => {
    const d = doc('二、党政主要负责人切实履行推进法治建设第一责任人职责。现将有关情况报告如下:全年召开会议3次。');
    const h = d.headings[0]!;
    expect(h.text).toBe('二、党政主要负责人切实履行推进法治建设第一责任人职责。');
    expect(cpSlice(d.text, h.start, h.end)).toBe(h.text);
    expect(h.start).toBe(d.paragraphs[0]!.start);
  });

  it('keeps one copy of a page holding the report twice, with a warning', () => {
    const body = REPORT.split('\n').slice(1);
    const d = doc([REPORT, '分享到:', '【打印本页】 【关闭窗口】', ...REPORT.split('\n')].join('\n'));
    expect(d.paragraphs.length).toBe(body.length);
    expect(d.warnings.map((w) => w.code)).toContain('repeated-content');
    expect(doc(REPORT).warnings.map((w) => w.code)).not.toContain('repeated-content');
  });

  it('drops portal furniture and reads metadata out of its lines', () => {
    const d = doc(
      [
        '当前位置:首页 > 政务公开 > 法治政府建设',
        '字号:大 中 小',
        '信息索引号 001008001003010/2023-03233 文件编号',
        '成文日期 2023-02-16 公开时限 长期公开',
        '来源:县司法局   发布时间: 2023-02-18 09:55 浏览次数:',
        REPORT,
        '扫一扫在手机打开当前页',
        '上一篇:关于开展普法宣传的通知',
        '主办单位:某某县人民政府办公室 网站标识码:1100000000',
        '京ICP备00000000号',
        '您访问的链接即将离开“某某县人民政府”门户网站',
        '— 3 —',
      ].join('\n'),
    );
    expect(d.text.startsWith('2022年,我县')).toBe(true);
    expect(d.text.endsWith('持续推进严格规范公正文明执法。')).toBe(true);
    expect([d.publisher, d.published, d.documentDate, d.indexNumber]).toEqual([
      '县司法局',
      '2023-02-18',
      '2023-02-16',
      '001008001003010/2023-03233',
    ]);
  });

  it('never takes an aside block for text', () => {
    const blocks: RawBlock[] = [
      { text: '热点新闻 某某县召开全县安全生产会议', zone: 'aside' },
      ...REPORT.split('\n').map((t) => ({ text: t, zone: 'main' as const })),
    ];
    expect(doc('', {}, blocks).text).not.toContain('热点新闻');
  });

  it('labels a news article as news and forces no sections on it', () => {
    const d = doc(
      [
        '某某市召开法治政府建设推进会',
        '本报讯(记者 王某)近日,某某市召开法治政府建设推进会。',
        '会议强调,要坚持依法行政。',
      ].join('\n'),
    );
    expect(d.genre).toBe('news');
    expect(d.sections).toEqual([]);
  });

  it('labels a 政府信息公开工作年度报告 as other', () => {
    const d = doc(['某某县人民政府2022年政府信息公开工作年度报告', '一、总体情况', '主动公开信息120条。'].join('\n'));
    expect(d.genre).toBe('other');
  });

  it('warns about a report that stops after its first section or mid-sentence', () => {
    const first = doc(REPORT.split('\n').slice(0, 4).join('\n'));
    expect(first.warnings.map((w) => w.code)).toContain('truncated');
    const cut = doc(
      `${REPORT}\n四、其他需要报告的情况\n本年度我县积极配合上级开展法治督察并对照问题清单逐项整改落实到`,
    );
    expect(cut.warnings.map((w) => w.code)).toContain('truncated');
    expect(doc(REPORT).warnings).toEqual([]);
  });

  it('warns when a report has no sections', () => {
    const d = doc('某某县2022年法治政府建设年度报告\n今年我县法治政府建设取得新进展。');
    expect(d.warnings.map((w) => w.code)).toContain('no-sections');
  });

  it('stores traditional text as it is, with a simplified text of equal code point count', () => {
    const d = doc(
      [
        '某某縣2022年法治政府建設年度報告',
        '一、主要舉措和成效',
        '依法全面履行政府職能。',
        '二、存在的問題',
        '執法隊伍專業化水平有待提高。',
        '三、下一年度工作安排',
        '繼續推進嚴格規範公正文明執法。',
      ].join('\n'),
    );
    expect(d.script).toBe('traditional');
    expect(d.text).toContain('存在的問題');
    expect(d.simplified).not.toBeNull();
    expect([...d.simplified!].length).toBe([...d.text].length);
    const s = d.sections[1]!;
    expect(cpSlice(d.simplified!, s.start, s.headingEnd)).toBe('二、存在的问题');
    expect(d.sections.map((x) => x.category)).toEqual(['measures', 'shortcomings', 'plans']);
    expect(doc(REPORT).simplified).toBeNull();
  });

  it('counts offsets in code points when the text holds 𠵾 or 𫫇', () => {
    const d = doc(['一、𠵾村依法治理', '𫫇字号调解室化解纠纷5件。下一句。'].join('\n'));
    const [p0, p1] = d.paragraphs;
    expect(p0).toEqual({ start: 0, end: 8 });
    expect(p1!.start).toBe(9);
    expect(cpSlice(d.text, p1!.start, p1!.end)).toBe('𫫇字号调解室化解纠纷5件。下一句。');
    const first = d.sentences.find((s) => s.start === p1!.start)!;
    expect(cpSlice(d.text, first.start, first.end)).toBe('𫫇字号调解室化解纠纷5件。');
    expect(d.headings[0]).toMatchObject({ start: 0, end: 8, text: '一、𠵾村依法治理' });
  });

  it('normalises NBSP, ideographic and zero-width spaces, indents and blank lines', () => {
    const d = doc('\u3000\u3000一、主要举措\u00a0和成效  \n\n\n\u200b依法行政。\t\n');
    expect(d.text).toBe('一、主要举措 和成效\n依法行政。');
  });

  it('resolves an ambiguous district only with context, else leaves it null', () => {
    expect(doc('北京市朝阳区2022年法治政府建设年度报告\n一、主要举措').region.code).toBe('110105');
    expect(doc('朝阳区2022年法治政府建设年度报告\n一、主要举措').region).toEqual({
      province: null,
      city: null,
      county: null,
      code: null,
    });
    expect(doc('南通市通州区2022年法治政府建设年度报告\n一、主要举措').region.code).toBe('320612');
  });

  it('joins a PDF title wrapped after 关于, without the red-head banner above it', () => {
    const lines = [
      '青禾县人民政府文件',
      '青禾县人民政府关于',
      '2022年法治政府建设情况的报告',
      '县委：',
      '2022年，我县全面推进依法行政。',
      '一、主要举措',
    ];
    const d = doc(lines.join('\n'), { format: 'pdf' });
    expect(d.title).toBe('青禾县人民政府关于2022年法治政府建设情况的报告');
    expect(d.text.startsWith('青禾县人民政府文件\n县委：')).toBe(true);
  });

  it('leaves a complete title alone when the next short line is no part of it', () => {
    const d = doc(['某某县2022年法治政府建设年度报告', '（征求意见稿）', '2022年，我县全面推进依法行政。'].join('\n'), {
      format: 'docx',
    });
    expect(d.title).toBe('某某县2022年法治政府建设年度报告');
    expect(d.text.startsWith('（征求意见稿）\n2022年')).toBe(true);
  });

  it('finds a district written without 区 right after its city in the title alone, unless that is ambiguous', () => {
    const code = (title: string) => doc(`${title}\n2022年，我们深入推进依法行政。\n一、主要举措`).region.code;
    expect(code('上海浦东2022年法治政府建设情况报告')).toBe('310115');
    expect(code('天津滨海新2022年法治政府建设年度报告')).toBe('120116');
    expect(code('北京朝阳2022年度法治政府建设工作报告')).toBe('110105');
    expect(code('北京市朝阳2022年法治政府建设年度报告')).toBe('110105');
    expect(code('重庆江北关于2022年法治政府建设情况的报告')).toBe('500105');
    expect(code('北京朝阳司法局2022年法治政府建设年度报告')).toBe('110105');
    expect(doc('北京朝阳司法局2022年法治政府建设年度报告\n一、主要举措').level).toBe('department');
    // 北戴河区 and 北戴河新区 are both 北戴河 without 区; 朝阳门 is no 朝阳区; 吉林 has no 朝阳区.
    expect(code('秦皇岛北戴河2022年法治政府建设年度报告')).toBeNull();
    expect(code('北京朝阳门街道2022年法治建设工作总结')).toBeNull();
    expect(code('吉林朝阳2022年法治政府建设年度报告')).toBeNull();
  });

  it('reads a two-character county name only where it begins the issuer in the title (嵩县人民政府)', () => {
    const code = (title: string) => doc(`${title}\n2022年，我们深入推进依法行政。\n一、主要举措`).region.code;
    expect(code('嵩县人民政府2022年度法治政府建设情况报告')).toBe('410325');
    expect(code('河南省嵩县2022年法治政府建设年度报告')).toBe('410325');
    expect(code('沛县2022年法治政府建设年度报告')).toBe('320322');
    // Inside another name (河南县 is no 南县) or a phrase (各市和县) it is no county; 城区 is no name.
    expect(code('河南县人民政府2022年法治政府建设年度报告')).toBeNull();
    expect(code('关于各市和县人民政府法治建设情况的报告')).toBeNull();
    expect(code('城区人民政府2022年法治政府建设年度报告')).toBeNull();
  });

  it('names the file in its warnings as it may be shown (control and bidi characters visible)', async () => {
    const { importFile } = await import('../index');
    const name = 'bad\u001b[31m\u202Etxt.txt';
    const body = '某某县2022年法治政府建设年度报告\n2022年，我县深入推进依法行政，全年办理复议案件12件。\n';
    const r = await importFile(new TextEncoder().encode(body), name);
    if (!r.ok) throw new Error(r.error.message);
    const warning = r.document.warnings.find((w) => w.code === 'no-sections');
    expect(warning?.message).toBe(
      'bad␛[31m⟨U+202E⟩txt.txt: no numbered sections (一、二、…) were found in this report.',
    );
    // The document keeps its real name; only what is shown is made safe.
    expect(r.document.fileName).toBe(name);
    const furniture = await importFile(new TextEncoder().encode('首页 > 政务公开\n版权所有：某某县人民政府\n'), name);
    expect(furniture.ok ? '' : furniture.error.message).toBe(
      'bad␛[31m⟨U+202E⟩txt.txt: no report text was found in the file (only page furniture or nothing at all).',
    );
  });
});
