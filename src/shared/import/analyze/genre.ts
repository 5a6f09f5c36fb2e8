/**
 * Genre, report year and administrative level of a document.
 */
import type { AdminLevel, Category, Genre, Region } from '../../model/document';

/** Titles that are about a report rather than one: 解读, 政府信息公开工作年度报告, news. */
const NOT_REPORT = /信息公开.{0,6}年度报告|解读|图解|答记者问|新闻发布会/;
const REPORT_TITLE = /(法治政府|法治|依法行政|法治建设).{0,20}(报告|情况)|年度报告|工作报告/;
const NEWS_MARKS = /记者|通讯员|日电|本报讯|讯[(（]|近日|日前|获悉|召开|举行|出席|会上|强调/g;

/**
 * A report, news or other. A report is titled as one, or (untitled) has at least
 * two of the prescribed parts among its top-level sections.
 */
export function detectGenre(title: string | null, body: string, sectionCategories: Category[]): Genre {
  if (title && NOT_REPORT.test(title)) return 'other';
  if (title && REPORT_TITLE.test(title) && !/新闻|动态/.test(title)) return 'report';
  const distinct = new Set(sectionCategories.filter((c) => c !== 'other'));
  const opening = body.slice(0, 400);
  if (!title && /政府信息公开工作年度报告/.test(opening)) return 'other';
  if (distinct.size >= 2 && /法治/.test(body)) return 'report';
  const marks = body.slice(0, 2000).match(NEWS_MARKS)?.length ?? 0;
  if (marks >= 2 || (title && marks >= 1)) return 'news';
  return /法治|依法/.test(body) && sectionCategories.length < 2 ? 'news' : 'other';
}

/** The year reported on: the title's 20XX年, else the body's opening 20XX年, else the year before publication. */
export function detectReportYear(title: string | null, body: string, published: string | null): number | null {
  const inTitle = title ? /(20\d{2})\s*年/.exec(title) : null;
  if (inTitle) return Number(inTitle[1]);
  const firstLine = body.slice(0, body.indexOf('\n') < 0 ? 200 : Math.min(body.indexOf('\n'), 200));
  const opening = /^\D{0,20}?(20\d{2})\s*年/.exec(firstLine) ?? /^(20\d{2})\s*年/m.exec(body.slice(0, 300));
  if (opening) return Number(opening[1]);
  if (published) return Number(published.slice(0, 4)) - 1;
  return null;
}

/** The issuing body named at the head of a title: 杭州市临平区人民政府 in "杭州市临平区人民政府关于…". */
function issuer(title: string): string {
  const cut = /关于|20\d{2}\s*年|法治/.exec(title);
  return cut ? title.slice(0, cut.index) : title;
}

/** Administrative level: a department or a township when the issuer says so, else from the region. */
export function detectLevel(title: string | null, region: Region): AdminLevel | null {
  const who = title ? issuer(title) : '';
  if (/(局|厅|委员会|委|办公室|办|中心|署|院|队)$/.test(who) && !/人民政府$|政府$/.test(who)) return 'department';
  if (/(镇|乡|街道|街道办事处)(人民政府)?$/.test(who)) return 'township';
  if (region.county) return 'county';
  if (region.city) return 'prefecture';
  if (region.province) return 'province';
  return null;
}
