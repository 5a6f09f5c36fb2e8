/**
 * Portal furniture: lines a government website wraps around a report (navigation,
 * share and print links, footer, visit counters) and PDF page numbers. They are
 * never report text. Metadata lines (发布时间, 来源 …) are handled by ./metadata.
 * Lines are matched folded (./fold), so traditional pages lose the same furniture.
 */
import { foldLine } from './fold';

/** Patterns tried on a normalised line; each with the longest line it may be (longer lines are prose). */
const FURNITURE: { re: RegExp; maxLength: number }[] = [
  // Breadcrumbs in every spelling: 您所在的位置 / 您当前所在位置 / 当前位置 / 你现在的位置 …
  { re: /^(您|你)?(现在|当前)?(所在)?(的)?(位置)\s*[:：]?/, maxLength: 120 },
  { re: /^(网站)?首页\s*[>＞›»/]/, maxLength: 120 },
  { re: /^[^。；;，,]{1,20}(\s*[>＞›»]\s*[^。；;，,>＞]{1,20}){2,}$/, maxLength: 100 },
  // Date widgets: the day the page was saved, never the publication date.
  { re: /^今天是|^今日是|星期[一二三四五六日天].{0,12}农历|^农历/, maxLength: 60 },
  // Banners and menus: 手机版 | 站内搜索, 无障碍 | 简体 | 繁体, a row of short links.
  { re: /手机版|站内搜索|无障碍|网上有害信息举报|简体\s*[|｜]?\s*繁体|^繁体$|登录\s*[|｜]\s*注册/, maxLength: 60 },
  { re: /^[^。；;，,|｜]{1,12}(\s*[|｜]\s*[^。；;，,|｜]{1,12}){2,}$/, maxLength: 80 },
  { re: /(门户网站|人民政府网|政府网|政务网)$/, maxLength: 30 },
  { re: /^已归档$|^\[?已归档\]?$/, maxLength: 10 },
  { re: /^(审核|核稿|校对|终审|初审|复审)\s*[:：]/, maxLength: 40 },
  { re: /^附件\s*[:：]?\s*$/, maxLength: 6 },
  { re: /是否继续|^(确定|取消|继续访问|放弃)(\s*(确定|取消|继续访问|放弃))*$/, maxLength: 60 },
  { re: /仅供参考|转载请注明|版权归原作者/, maxLength: 40 },
  { re: /^[【[]?\s*(字号|字体)\s*[:：]?.*大.*中.*小/, maxLength: 60 },
  // A menu: four or more short words side by side, no punctuation.
  { re: /^[\p{Script=Han}]{2,6}(\s+[\p{Script=Han}]{2,6}){3,}$/u, maxLength: 60 },
  { re: /欢迎您|欢迎访问/, maxLength: 30 },
  {
    re: /^[【[]?\s*(大|中|小)\s*[】\]]?\s*[【[]?\s*(大|中|小)\s*[】\]]?\s*[【[]?\s*(大|中|小)\s*[】\]]?$/,
    maxLength: 20,
  },
  { re: /^分享(到)?\s*[:：]?/, maxLength: 60 },
  { re: /打印本页|打印此页|列印本页|[【[]\s*(打印|列印)\s*[】\]]|^打印$/, maxLength: 80 },
  { re: /^(打印|关闭|返回|收藏|顶部|列印)(\s*[|｜]?\s*(打印|关闭|返回|收藏|顶部|列印|本页|窗口))+$/, maxLength: 30 },
  { re: /关闭窗口|关闭本页|关闭视窗|[【[]\s*关闭\s*[】\]]|^关闭$/, maxLength: 80 },
  { re: /返回顶部|[【[]\s*返回\s*[】\]]/, maxLength: 80 },
  { re: /扫一扫在手机(上)?打开(当前页|本页)|^扫一扫|^手机扫码|^用手机扫/, maxLength: 60 },
  { re: /^(浏览次数|访问量|阅读次数|点击数|浏览量|访问次数|阅读量)\s*[:：]?/, maxLength: 60 },
  { re: /网站标识码|ICP\s*备|公网安备|版权所有|Copyright|©/i, maxLength: 200 },
  { re: /^(主办单位|承办单位|技术支持|维护单位|运维单位|主办|承办)\s*[:：]/, maxLength: 200 },
  { re: /^联系我们|^网站地图|^网站声明|^无障碍/, maxLength: 80 },
  { re: /即将离开|您访问的链接|您即将访问/, maxLength: 200 },
  { re: /^(上一篇|下一篇|上一条|下一条)\s*[:：]?/, maxLength: 120 },
  { re: /^(相关链接|相关文章|相关阅读|相关新闻|相关稿件|相关附件|附件下载)\s*[:：]?/, maxLength: 60 },
  { re: /^(微信|微博|QQ空间|QQ)(\s*(微信|微博|QQ空间|QQ))*$/, maxLength: 30 },
  // An attachment link under the report: just a file name.
  { re: /^[^。；;，,]+\.(docx?|pdf|wps|xlsx?|zip|rar|ofd|txt)$/i, maxLength: 100 },
  // PDF page numbers: — 1 —, -1-, 第1页 共5页, 1/5.
  { re: /^[-—–－~\s]*\d{1,3}[-—–－~\s]*$/, maxLength: 12 },
  { re: /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/, maxLength: 20 },
  { re: /^\d{1,3}\s*\/\s*\d{1,3}$/, maxLength: 10 },
];

/** True when a normalised line is page furniture, not report text. */
export function isFurniture(raw: string): boolean {
  if (raw.length > 200) return false;
  const line = foldLine(raw);
  // A line of only punctuation or symbols carries no text.
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  for (const { re, maxLength } of FURNITURE) {
    if (line.length <= maxLength && re.test(line)) return true;
  }
  return false;
}

/**
 * Running headers and footers of a PDF: short lines that recur identically on at
 * least three pages (or on every page of a two-page file). Returns the set of such lines.
 */
export function runningLines(lines: { text: string; page?: number }[]): Set<string> {
  const pagesOf = new Map<string, Set<number>>();
  const allPages = new Set<number>();
  for (const { text, page } of lines) {
    if (page === undefined) continue;
    allPages.add(page);
    if (text.length > 40) continue;
    let set = pagesOf.get(text);
    if (!set) pagesOf.set(text, (set = new Set()));
    set.add(page);
  }
  const out = new Set<string>();
  if (allPages.size < 2) return out;
  for (const [text, pages] of pagesOf) {
    if (pages.size >= 3 || (allPages.size === 2 && pages.size === 2)) out.add(text);
  }
  return out;
}
