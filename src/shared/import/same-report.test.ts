/**
 * The same report in another file is recognised by its fingerprint: the sample
 * reports as TXT, HTML, DOCX and PDF; a mirror page with other furniture; and
 * two different reports of one government and year stay two.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../model/document';
import { importFile } from './index';
import { findSameReport, fingerprintKeys, fingerprintSimilarity, SAME_REPORT_THRESHOLD } from './same-report';

const root = new URL('../../../', import.meta.url);
const samples = new URL('resources/samples/', root);

async function parse(bytes: Uint8Array, name: string): Promise<ParsedDocument> {
  const r = await importFile(bytes, name);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.document;
}
const sample = (f: string) => parse(new Uint8Array(readFileSync(new URL(f, samples))), f);
const page = (html: string, name: string) => parse(new TextEncoder().encode(html), name);

/** A report body of our own, for one district and year; `variant` changes the text, not the shape. */
function report(variant: 'a' | 'b'): string {
  const a = variant === 'a';
  return [
    '青川区2023年法治政府建设年度报告',
    '2023年，青川区在市委市政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下。',
    '一、主要举措和成效',
    a
      ? '（一）深化“放管服”改革。全面推行证明事项告知承诺制，全年办理承诺事项一千二百余件，企业开办时间压缩至一个工作日。'
      : '（一）健全依法决策机制。制定重大行政决策事项目录，十二项决策全部经过公众参与、专家论证和合法性审查。',
    a
      ? '（二）规范行政执法。开展执法案卷评查，评查案卷三百一十卷，发现并整改问题四十六个，推行包容审慎监管清单。'
      : '（二）加强行政复议。新收复议案件二百零五件，审结一百九十八件，纠错率百分之九点六，行政机关负责人出庭应诉率达到百分之百。',
    '二、存在的不足',
    a
      ? '基层执法力量仍然薄弱，部分执法人员专业素养有待提高，数字化执法平台应用还不充分。'
      : '法治宣传的针对性不够强，村（社区）法律顾问作用发挥不均衡，复议调解力度仍需加大。',
    '三、下一步工作安排',
    a
      ? '2024年，我区将持续优化营商环境，推进执法监督平台建设，确保法治政府建设各项任务落到实处。'
      : '2024年，我区将深化府院联动，完善矛盾纠纷多元化解机制，推动法治政府建设再上新台阶。',
  ].join('\n');
}

describe('same report in another file', () => {
  it('recognises each sample report across TXT, HTML, DOCX and PDF, and tells the reports apart', async () => {
    const files = [
      'linping-2022.txt',
      'linping-2022.html',
      'linping-2022.gov.docx',
      'linping-2022.gov.pdf',
      'dida-2022.txt',
      'dida-2022.gov.docx',
      'dida-2022.gov.pdf',
      'chaoyang-ln-2024.txt',
    ];
    const docs = await Promise.all(files.map(sample));
    const report = (f: string) => f.split(/[.-]/)[0];
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const s = fingerprintSimilarity(docs[i]!.fingerprint, docs[j]!.fingerprint);
        const same = report(files[i]!) === report(files[j]!);
        expect(s >= SAME_REPORT_THRESHOLD, `${files[i]} ~ ${files[j]}: ${s}`).toBe(same);
      }
    }
  });

  it('recognises a mirror page with other furniture and other line breaks', async () => {
    const body = report('a');
    const original = `<html><head><title>青川区政府</title></head><body><div class="nav">首页 &gt; 政务公开 &gt; 法治政府</div>
      <div class="article">${body
        .split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}</div><div class="foot">主办：青川区人民政府办公室 版权所有</div></body></html>`;
    // The mirror re-wraps paragraphs, uses ASCII punctuation in places, and has its own menu and footer.
    const mirror = `<html><body><div>网站首页 | 新闻中心 | 政务公开</div><div>当前位置：首页 > 转载</div><article>${body
      .replace(/，/g, ',')
      .split(/(?<=。)/)
      .map((l) => `<p>${l}</p>`)
      .join('')}</article><p>【打印本页】【关闭窗口】</p><p>扫一扫在手机打开当前页</p></body></html>`;
    const [a, b] = await Promise.all([page(original, 'qingchuan.html'), page(mirror, 'mirror.html')]);
    expect(a.sha256Text).not.toBe(b.sha256Text);
    const found = findSameReport(a.fingerprint!, [{ id: 'x', fingerprint: b.fingerprint! }]);
    expect(found?.match.id).toBe('x');
  });

  it('keeps two different reports of one government and year apart', async () => {
    const [a, b] = await Promise.all([
      parse(new TextEncoder().encode(report('a')), 'a.txt'),
      parse(new TextEncoder().encode(report('b')), 'b.txt'),
    ]);
    expect(a.title).toBe(b.title);
    expect(findSameReport(a.fingerprint!, [{ fingerprint: b.fingerprint! }])).toBeNull();
    expect(fingerprintKeys(a.fingerprint!)).toHaveLength(16);
  });
});
