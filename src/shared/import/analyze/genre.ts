/**
 * Genre, report year and administrative level of a document.
 */
import type { AdminLevel, Category, Genre, Region } from '../../model/document';

/**
 * Titles of pages that are not a government's report, whatever else they say: about a report
 * (解读, 一图读懂), notices, 政府信息公开工作年度报告, template and essay sites, studies.
 */
const NOT_REPORT =
  /信息公开.{0,6}年度报告|解读|图解|一图读懂|答记者问|新闻发布会|印发|通知$|通告$|范文|网友投稿|模板|心得|研究$|探析|浅析|综述/;
/** Plan words: a plan's title, unless the title also reports the year's work (below). */
const PLAN_WORDS = /工作要点|工作安排|工作计划|实施方案|工作打算|工作思路/;
/**
 * A title that reports the year's work though it names next year's plans too: it ends in
 * 报告 ("…工作情况及二〇二三年工作安排的报告"), or names the work's 情况 / 总结 ("…工作总结和下一步工作打算").
 */
const REPORT_END = /报告$/;
const YEARS_WORK = /工作(情况|总结)|建设情况|年度总结|工作报告/;

/** News headlines: a meeting that discusses or adopts a report is news about it. */
const NEWS_TITLE = /召开|审议|会议|举行|部署|调研|座谈|推进会|培训班|签约|启动|亮相|获评/;
const REPORT_TITLE = /(法治政府|法治|依法行政|法治建设).{0,20}(报告|情况)|年度报告|工作报告/;
const NEWS_MARKS = /记者|通讯员|日电|本报讯|本网讯|讯[(（]|近日|日前|获悉|召开|举行|出席|会上|强调/g;
/** Bodies that are not a government's report whatever the title says. */
const NOT_REPORT_BODY = [
  // Template sites mask the names: *区, XX市, ****年.
  /[*＊]{1,4}[区县市镇]|[*＊]{2,}年|XX[省市区县镇]|××[省市区县]/,
  // Academic articles: 摘要 / 关键词 with a colon or in brackets (【摘要】…【关键词】…).
  /^摘\s*要\s*[:：]|关键词\s*[:：]|^[【[]\s*摘\s*要\s*[】\]]|[【[]\s*关\s*键\s*词\s*[】\]]/m,
  // A notice that issues a document.
  /现将《[^》]+》印发给你们|印发给你们，请/,
];

/**
 * A report, news or other. A report is titled as one, or (untitled) has at least
 * two of the prescribed parts among its top-level sections.
 */
export function detectGenre(title: string | null, body: string, sectionCategories: Category[]): Genre {
  const opening = body.slice(0, 1500);
  if (title && NOT_REPORT.test(title)) return 'other';
  const distinct = new Set(sectionCategories.filter((c) => c !== 'other'));
  // A report's prescribed parts: what was done, what falls short, what comes next.
  const reportSections = distinct.has('shortcomings') || (distinct.has('measures') && distinct.has('plans'));
  // Plan words weigh less than 报告 at the title's end, or the year's work named beside them in a
  // body with a report's parts: a plan has no "problems" section and does not report a year.
  const planTitle = !!title && PLAN_WORDS.test(title);
  if (planTitle && !REPORT_END.test(title) && !(YEARS_WORK.test(title) && reportSections)) return 'other';
  if (NOT_REPORT_BODY.some((re) => re.test(opening))) return 'other';
  if (title && NEWS_TITLE.test(title)) return 'news';
  if (/^(本网讯|本报讯|新华社)|^[^。]{0,20}(记者|通讯员)/.test(opening)) return 'news';
  if (title && (REPORT_TITLE.test(title) || planTitle) && !/新闻|动态/.test(title)) return 'report';
  if (!title && /政府信息公开工作年度报告/.test(body.slice(0, 400))) return 'other';
  if (distinct.size >= 2 && /法治/.test(body)) return 'report';
  // An untitled saved copy that reads like a report: the year's work, in the first person of a government.
  if (
    !title &&
    /^(20\d{2})\s*年/.test(body) &&
    /我(局|区|县|市|镇|乡|委|省|街道)|全(省|市|区|县)/.test(opening) &&
    /一、/.test(body)
  ) {
    return 'report';
  }
  const marks = body.slice(0, 2000).match(NEWS_MARKS)?.length ?? 0;
  if (marks >= 2 || (title && marks >= 1)) return 'news';
  return /法治|依法/.test(body) && sectionCategories.length < 2 ? 'news' : 'other';
}

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  Ｏ: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/** A year written in Chinese numerals (二〇二二年, 二零二三年度), as official titles and openings often do. */
const CN_YEAR = /二[〇零○ＯO][〇零○ＯO一二三四五六七八九]{2}(?=\s*年)/g;

/** The text with years in Chinese numerals written in digits (二〇二二年 → 2022年), the same length. */
export function arabicYears(text: string): string {
  return text.replace(CN_YEAR, (y) => [...y].map((c) => CN_DIGIT[c] ?? c).join(''));
}

/** The year reported on: the title's 20XX年, else the body's opening 20XX年, else the year before publication. */
export function detectReportYear(title0: string | null, body0: string, published: string | null): number | null {
  const title = title0 && arabicYears(title0);
  const body = arabicYears(body0.slice(0, 400));
  const inTitle = title ? /(20\d{2})\s*年/.exec(title) : null;
  if (inTitle) return Number(inTitle[1]);
  // News about a report names it: 审议《某区2023年法治政府建设年度报告》.
  const named = /《[^》]{0,30}?(20\d{2})\s*年[^》]{0,30}报告》/.exec(body.slice(0, 300));
  if (named) return Number(named[1]);
  const firstLine = body.slice(0, body.indexOf('\n') < 0 ? 200 : Math.min(body.indexOf('\n'), 200));
  const opening = /^\D{0,20}?(20\d{2})\s*年/.exec(firstLine) ?? /^(20\d{2})\s*年/m.exec(body.slice(0, 300));
  if (opening) return Number(opening[1]);
  if (published) return Number(published.slice(0, 4)) - 1;
  return null;
}

/**
 * Verbs that open a news headline's predicate right after its subject ("某区部署…", "某区推进…"):
 * the issuer ends before them, so 部署 is not read as a ministry (部) nor 推进 as part of a name.
 * Words that also stand inside issuers' names (全面依法治区委员会, 深化改革, 组织部) are not listed.
 */
const HEADLINE_VERB = /召开|部署|推进|推动|开展|举行|举办|启动|召集|印发|审议|发布|获评|入选|荣获/;

/** The issuing body named at the head of a title: 杭州市临平区人民政府 in "杭州市临平区人民政府关于…". */
function issuer(title0: string): string {
  const title = arabicYears(title0);
  const cut = /关于|20\d{2}\s*年|(?<!依)法治|《/.exec(title);
  const head = cut ? title.slice(0, cut.index) : title;
  const verb = HEADLINE_VERB.exec(head);
  return verb ? head.slice(0, verb.index) : head;
}

/** Departments: bureaus, commissions, offices of a government; ministries and administrations of the State Council. */
const DEPARTMENT = /(局|厅|委员会|委|办公室|办公厅|办|中心|署|院|队|部|总局)$/;

/**
 * Administrative level: a department or a township when the issuer says so (the
 * title's, else the body's first person: 我局), a county when the issuer is a
 * district or county even if its name is ambiguous, else from the region.
 */
export function detectLevel(title: string | null, region: Region, opening = ''): AdminLevel | null {
  const who = title ? issuer(title) : '';
  if (DEPARTMENT.test(who) && !/人民政府$|政府$/.test(who)) return 'department';
  if (/(镇|乡|街道|街道办事处)(人民政府)?$/.test(who)) return 'township';
  if (!who && /^.{0,60}(我局|我委|我厅)/.test(opening)) return 'department';
  if (!who && /^.{0,60}(我镇|我乡|我街道)/.test(opening)) return 'township';
  if (region.county) return 'county';
  // A named district or county (朝阳区, even when its region is ambiguous); a masked 县 or *区 is no name.
  if (/^[\p{Script=Han}]{2,}(区|县|旗)(人民政府)?$/u.test(who) && !/自治区(人民政府)?$/.test(who)) return 'county';
  if (region.city) return 'prefecture';
  if (region.province) return 'province';
  return null;
}
