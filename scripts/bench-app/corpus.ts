/**
 * Synthetic reports for the app benchmark, made from the bundled sample reports:
 * their body paragraphs are reshuffled, every number is shifted per file and each
 * file carries its own serial sentence, so no two files have the same text (the
 * importer would set duplicates aside instead of importing them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLES = fileURLToPath(new URL('../../resources/samples/', import.meta.url));
const TEXT_SAMPLES = ['dida-2022.txt', 'linping-2022.txt', 'chaoyang-ln-2024.txt'];
const PLACES = ['滴道区', '临平区', '朝阳市', '鸡冠区', '双塔区', '龙城区', '余杭区', '萧山区', '恒山区', '城子河区'];
const SECTION_TITLES = [
  '主要举措和成效',
  '存在的不足和原因',
  '党政主要负责人履行推进法治建设第一责任人职责情况',
  '下一年度主要安排',
];
const TOPIC_TITLES = [
  '推进政府职能转变',
  '完善依法行政制度体系',
  '严格规范公正文明执法',
  '强化行政权力制约和监督',
  '依法有效化解社会矛盾纠纷',
  '加强法治宣传教育',
];
/** The last paragraph of the long report: the viewer is fully built once this is in the DOM. */
export const END_MARKER = 'BENCHEND7731';

/** Deterministic PRNG (mulberry32), so every run builds the same files. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Body paragraphs of the UTF-8 text samples (headings, titles and portal lines left out). */
function bodyParagraphs(): string[] {
  const out: string[] = [];
  for (const f of TEXT_SAMPLES) {
    for (const line of readFileSync(join(SAMPLES, f), 'utf8').split(/\r?\n/)) {
      const t = line.trim();
      if (t.length < 40 || t.startsWith('-') || /^[一二三四五六七八九十]+、/.test(t)) continue;
      out.push(t);
    }
  }
  return out;
}

export function chineseNumeral(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n <= 10) return n === 10 ? '十' : d[n]!;
  if (n < 20) return `十${d[n % 10]}`;
  return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
}

/** Shift every number by a per-file amount; years stay plausible years. */
function vary(text: string, seed: number): string {
  return text.replace(/\d+/g, (m) => {
    const n = Number(m);
    if (n >= 2000 && n <= 2030) return String(2012 + ((n + seed) % 12));
    return String(n + (seed % 89) + 1);
  });
}

interface Report {
  title: string;
  paragraphs: string[];
}

function buildReport(
  i: number,
  targetChars: number,
  pool: readonly string[],
  sectionTitle: (n: number) => string,
): Report {
  const next = rng(i * 7919 + 17);
  const year = 2012 + (i % 12);
  const place = PLACES[i % PLACES.length]!;
  const title = `${place}${year}年法治政府建设年度报告`;
  const paragraphs = [
    `发布时间:${year + 1}-02-${String(1 + (i % 28)).padStart(2, '0')}`,
    `${year}年,${place}坚持以习近平法治思想为指导,全面推进法治政府建设。本报告为第${i + 1}号样本,统计口径截至${year}年12月31日。`,
  ];
  let chars = paragraphs.join('').length;
  let section = 0;
  while (chars < targetChars) {
    section++;
    paragraphs.push(`${chineseNumeral(section)}、${sectionTitle(section)}`);
    const n = 3 + Math.floor(next() * 5);
    for (let k = 0; k < n && chars < targetChars; k++) {
      const p = vary(pool[Math.floor(next() * pool.length)]!, i * 31 + section * 7 + k);
      paragraphs.push(`${k + 1}.${p.replace(/^\d+[.．、]\s*/, '')}`);
      chars += p.length;
    }
  }
  return { title, paragraphs };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A government-portal page around the report, furniture and all, as the importer meets them. */
function toHtml(r: Report): string {
  const body = r.paragraphs.map((p) => `<p style="text-indent:2em">${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(r.title)}_政府信息公开</title>
<script>var _hmt=_hmt||[];</script><style>.nav li{display:inline}</style></head>
<body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
<div class="article"><h1 class="title">${escapeHtml(r.title)}</h1>
<div class="content" id="zoom">
${body}
</div></div>
<div class="footer">主办单位:区人民政府办公室 版权所有</div>
</body></html>
`;
}

const toTxt = (r: Report): string => `${r.title}\n${r.paragraphs.join('\n')}\n`;

/** `count` distinct reports, about 2/3 TXT and 1/3 HTML, 5,000–30,000 characters each. */
export function writeImportCorpus(dir: string, count: number): { paths: string[]; chars: number } {
  mkdirSync(dir, { recursive: true });
  const pool = bodyParagraphs();
  const size = rng(4242);
  const paths: string[] = [];
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const report = buildReport(i, 5000 + Math.floor(size() * 25000), pool, (n) => SECTION_TITLES[(n - 1) % 4]!);
    const html = i % 3 === 2;
    const path = join(dir, `report-${String(i + 1).padStart(3, '0')}.${html ? 'html' : 'txt'}`);
    const text = toTxt(report);
    chars += text.length;
    writeFileSync(path, html ? toHtml(report) : text);
    paths.push(path);
  }
  return { paths, chars };
}

/** One long report (~`chars` characters) with headings 一、二、… and an end marker as its last paragraph. */
export function writeLongReport(dir: string, chars: number): string {
  mkdirSync(dir, { recursive: true });
  const report = buildReport(9999, chars, bodyParagraphs(), (n) =>
    n <= 4 ? SECTION_TITLES[n - 1]! : TOPIC_TITLES[n % TOPIC_TITLES.length]!,
  );
  report.paragraphs.push(`本年度报告到此结束${END_MARKER}。`);
  const path = join(dir, 'long-report-100k.txt');
  writeFileSync(path, toTxt(report));
  return path;
}
