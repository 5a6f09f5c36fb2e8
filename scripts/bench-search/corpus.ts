/**
 * The search benchmark's corpus: 3,000 reports of 20,000 characters (60 million),
 * one in ten in traditional characters, each holding the marker 智慧执法 three or
 * four times (10,000 in all). The generator is JavaScript source so that Node and
 * the app's page build exactly the same texts (the page builds its own: 120 MB
 * never crosses the DevTools connection).
 */
export const REPORTS = 3000;
export const CHARS = 20000;
export const MARKER = '智慧执法';
export const MARKER_TRADITIONAL = '智慧執法';

/** `(i) => string`: report i's text, deterministic. */
export const GENERATOR = String.raw`(function (i) {
  var simp = ['坚持依法行政', '推进政务公开', '加强行政执法监督', '完善重大行政决策程序', '深化放管服改革', '优化营商环境', '开展普法宣传', '化解矛盾纠纷', '规范性文件备案审查', '行政复议体制改革', '法治政府示范创建', '落实第一责任人职责', '严格规范公正文明执法', '提升基层治理水平', '推动数字政府建设', '健全权力监督体系'];
  var trad = ['堅持依法行政', '推進政務公開', '加強行政執法監督', '完善重大行政決策程序', '深化放管服改革', '優化營商環境', '開展普法宣傳', '化解矛盾糾紛', '規範性文件備案審查', '行政復議體制改革', '法治政府示範創建', '落實第一責任人職責', '嚴格規範公正文明執法', '提升基層治理水平', '推動數字政府建設', '健全權力監督體系'];
  var traditional = i % 10 === 9;
  var words = traditional ? trad : simp;
  var marker = traditional ? '智慧執法' : '智慧执法';
  var seed = (i * 2654435761) >>> 0;
  var next = function () { seed = (seed * 1103515245 + 12345) >>> 0; return seed; };
  var markers = i % 3 === 0 ? 4 : 3;
  var n = 20000;
  var slots = [];
  for (var k = 0; k < markers; k++) slots.push(Math.floor(((k + 0.5) * n) / markers));
  var parts = [];
  var len = 0;
  var s = 0;
  var sentence = 0;
  while (len < n - 40) {
    if (s < slots.length && len >= slots[s]) {
      parts.push(marker);
      len += 4;
      s++;
    }
    var w = words[(next() >>> 16) % words.length];
    parts.push(w);
    len += w.length;
    sentence++;
    if (sentence % 3 === 0) { parts.push('。'); len++; }
    else { parts.push('，'); len++; }
    if (sentence % 24 === 0) { parts.push('\n'); len++; }
  }
  while (s < slots.length) { parts.push(marker); len += 4; s++; }
  var text = parts.join('');
  while (text.length < n) text += '。';
  return text.slice(0, n - 1) + '。';
})`;

export function makeReport(i: number): string {
  const gen = (0, eval)(GENERATOR) as (i: number) => string;
  return gen(i);
}

/** The generator compiled once (for 3,000 calls). */
export function generator(): (i: number) => string {
  return (0, eval)(GENERATOR) as (i: number) => string;
}
