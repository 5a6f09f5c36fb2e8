/**
 * The document's title. Candidates, best first: a Word/PDF title block (heading
 * level 0), the page's h1, a title-like line before the first heading, the
 * page's meta title, the container title (HTML <title>, DOCX/PDF property)
 * minus site suffixes. A candidate that is a body sentence (long, or ending in
 * 。) or a metadata line is no title; none found → null, never invented.
 */
import { lineHeading } from './headings';
import { parseMetadataLine } from './metadata';
import { normalizeLine } from './whitespace';

/** One trailing site segment of a <title>: "…_政府信息公开", "… - 杭州市临平区人民政府", "…|首页". */
const SITE_SEGMENT = /\s*(?:[_|｜]|\s[-—–]\s|——)\s*([^_|｜]{1,40})$/;
const SITE_WORDS = /网|政府|公开|门户|首页|平台|频道|栏目|信息|官方|专题/;

/** A container title without the site names portals append to it. */
export function stripSiteSuffix(title: string): string {
  let t = normalizeLine(title);
  for (let m = SITE_SEGMENT.exec(t); m && m.index > 0 && SITE_WORDS.test(m[1]!); m = SITE_SEGMENT.exec(t)) {
    t = t.slice(0, m.index);
  }
  return t;
}

/** Whether a line can be a title at all. */
export function isTitleShaped(line: string): boolean {
  const t = normalizeLine(line);
  if (t.length < 6 || t.length > 80) return false;
  if (/[。！？；;!?，,]$/.test(t)) return false;
  if (!/\p{Script=Han}/u.test(t)) return false;
  if (parseMetadataLine(t)) return false;
  if (lineHeading(t)) return false;
  // Too many sentence stops inside: prose.
  if ((t.match(/[。；，,]/g)?.length ?? 0) >= 3) return false;
  return true;
}

/** A line that reads like the title of a report or article (not just any short line). */
export function looksLikeTitle(line: string): boolean {
  return isTitleShaped(line) && /报告|关于|情况|年度|工作|解读|通知|意见|总结|法治/.test(line);
}

/** Category tags portals glue to a title: 【政策解读】, 【文字解读】, [图解]. */
const TAG = /^\s*[【[［]\s*([^】\]］]{1,8})\s*[】\]］]\s*/;
/** A publication date in brackets after a title: …报告(2025-03-26). */
const TRAILING_DATE = /\s*[(（]\s*((?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?)\s*[)）]\s*$/;

/** A title line without its tag and bracketed date, with what they said. */
export function cleanTitle(line: string): { title: string; tag: string | null; date: string | null } {
  let title = line;
  const tag = TAG.exec(title);
  if (tag) title = title.slice(tag[0].length);
  const date = TRAILING_DATE.exec(title);
  if (date) title = title.slice(0, date.index);
  return { title: title.trim(), tag: tag ? tag[1]! : null, date: date ? date[1]! : null };
}
