/**
 * Metadata lines: the key–value lines portals print above or below a report
 * (来源:…  发布时间:…, and the 信息索引号 / 责任部门 / 成文日期 table). Their values
 * are read out, and the lines themselves are not report text.
 */
import { parseDate } from './dates';
import { foldLine } from './fold';

/** Keys of metadata fields, longest first so 信息索引号 wins over 索引号. */
const KEYS = [
  '信息索引号',
  '索引号',
  '信息名称',
  '文件编号',
  '发文字号',
  '发文机关',
  '发文单位',
  '责任部门',
  '责任科室',
  '责任单位',
  '公开形式',
  '公开范围',
  '公开时限',
  '公开方式',
  '成文日期',
  '成文时间',
  '发布日期',
  '发布时间',
  '发表时间',
  '更新时间',
  '更新日期',
  '发布机构',
  '发布单位',
  '发布者',
  '信息来源',
  '文章来源',
  '来源',
  '主题分类',
  '体裁分类',
  '组配分类',
  '服务对象',
  '所属机构',
  '主题词',
  '有效性',
  '生成日期',
  '责任编辑',
  '作者',
  '编辑',
  '文号',
  '浏览次数',
  '浏览量',
  '访问量',
  '点击数',
  '点击量',
  '阅读次数',
  '阅读量',
  '阅读数',
  '发文日期',
  '信息分类',
].sort((a, b) => b.length - a.length);
/** Short keys that are words of prose too: they count only with a separator after them. */
const LOOSE_KEYS = ['时间', '日期', '审核', '字号', '字体', '点击', '浏览'];

/** Table labels are often spaced out to line up (索 引 号, 发 布 机 构): one space between characters is allowed. */
const KEY_ALT = KEYS.map((k) => [...k].join('[ \u3000]?')).join('|');
/** A key as matched, without the spaces that lined it up. */
const bare = (key: string): string => key.replace(/[ \u3000]/g, '');
/** A line that starts (after an optional list bullet or bracket) with a key and a separator or space. */
const LINE_START = new RegExp(`^(?:[-·•*]\\s*)?[[【]?\\s*(${KEY_ALT})\\s*[\\]】]?(\\s*[:：]|\\s|$)?`);
const LOOSE_START = new RegExp(`^[[【]?\\s*(${LOOSE_KEYS.join('|')})\\s*[\\]】]?\\s*[:：]`);
/** Keys distinctive enough to mark a line even when a PDF reader glued the value on (索引号001…). */
const GLUED_KEYS = /^(信息索引号|索引号|成文日期|发布日期|发布时间)$/;

/** Every key occurrence inside a metadata line, to cut it into fields (loose keys only with a separator). */
const KEY_ANY = new RegExp(
  `[[【]?\\s*(?:(${KEY_ALT})\\s*[\\]】]?\\s*[:：]?|(${LOOSE_KEYS.join('|')})\\s*[\\]】]?\\s*[:：])`,
  'g',
);

/** A date (and optional time) as portals print it: 2022-06-30 18:20:11, 2021/3/29, 2024年01月08日. */
const DATE = String.raw`(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
/** A line opening with a date, then labelled fields (news datelines: "2022-06-30 18:20:11 来源:…"). */
const DATE_FIRST = new RegExp(`^(${DATE})\\s+(?=\\S)`);
/** Names of issuing bodies: a publisher written before the labelled fields ("某区司法局 时间:…"). */
export const ORG_END =
  /(人民政府|政府|办公室|办公厅|委员会|局|厅|委|办|署|部|院|中心|街道|镇|乡|法院|检察院|日报|报社|电视台|新闻网)$/;
const ORG_FIRST = /^([\p{Script=Han}（）()]{3,30})\s+(?=\S)/u;
/** A whole line that is an issuing body and a date, nothing else ("某某县人民政府 2024年01月08日"). */
const ORG_DATE = new RegExp(`^([\\p{Script=Han}（）()]{3,30}?)\\s*(${DATE})$`, 'u');
/** A line that is only a date in brackets, as printed under a title: (2025-03-26). */
export const BRACKET_DATE = new RegExp(`^[(（]\\s*(${DATE})\\s*[)）]$`);

export interface MetaFields {
  publisher: string | null;
  published: string | null;
  documentDate: string | null;
  indexNumber: string | null;
}

export const emptyMeta = (): MetaFields => ({
  publisher: null,
  published: null,
  documentDate: null,
  indexNumber: null,
});

/** Publisher keys in order of preference ('@org': a body named before the fields). */
const PUBLISHER_KEYS = ['发布机构', '发布单位', '发文机关', '来源', '信息来源', '文章来源', '发布者', '@org'];
/** Publication date keys in order of preference ('@date': a date opening the line). */
const PUBLISHED_KEYS = [
  '发布日期',
  '发布时间',
  '发表时间',
  '时间',
  '日期',
  '@date',
  '更新时间',
  '更新日期',
  '生成日期',
  // The date a table says the information was issued: the page's only date on some portals.
  '发文日期',
];

/** Cut a labelled line into fields: every key occurrence to the next. */
function cutFields(line: string, folded: string, from: number, fields: Map<string, string>): void {
  const hits = [...folded.slice(from).matchAll(KEY_ANY)];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const start = from + hit.index + hit[0].length;
    const end = i + 1 < hits.length ? from + hits[i + 1]!.index : line.length;
    const key = bare((hit[1] ?? hit[2])!);
    if (!fields.has(key)) fields.set(key, line.slice(start, end).trim());
  }
}

/**
 * If `line` is a metadata line, its fields (key → value, values may be empty);
 * otherwise null. Long lines are prose even when they begin with 来源. Labels
 * are matched in both scripts and with ASCII or full-width colons; values are
 * taken from the line as it stands.
 */
export function parseMetadataLine(line: string): Map<string, string> | null {
  if (line.length > 160) return null;
  const folded = foldLine(line);
  const fields = new Map<string, string>();
  const start = LINE_START.exec(folded);
  if (start) {
    // Without a separator the key may just begin a sentence (来源于…), unless the
    // line is a table row with more keys, or a distinctive key glued to its value.
    if (start[2] === undefined) {
      const more = folded.slice(start[0].length).search(new RegExp(KEY_ALT)) >= 0;
      if (!more && !(GLUED_KEYS.test(bare(start[1]!)) && /^\d/.test(folded.slice(start[0].length)))) return null;
    }
    cutFields(line, folded, 0, fields);
    return fields;
  }
  if (LOOSE_START.test(folded)) {
    cutFields(line, folded, 0, fields);
    return fields;
  }
  // A date or an issuing body first, then labelled fields.
  const lead = DATE_FIRST.exec(folded) ?? ORG_FIRST.exec(folded);
  if (lead) {
    const rest = folded.slice(lead[0].length);
    if (!LINE_START.test(rest) && !LOOSE_START.test(rest)) return null;
    const isDate = lead === DATE_FIRST.exec(folded) || /^\d/.test(lead[1]!);
    if (!isDate && !ORG_END.test(lead[1]!)) return null;
    fields.set(isDate ? '@date' : '@org', line.slice(0, lead[1]!.length).trim());
    cutFields(line, folded, lead[0].length, fields);
    return fields;
  }
  return null;
}

/** An unlabelled "issuing body + date" line (only meaningful above the report's body). */
export function parseOrgDateLine(line: string): Map<string, string> | null {
  if (line.length > 50) return null;
  const m = ORG_DATE.exec(line);
  if (!m || !ORG_END.test(m[1]!.trim())) return null;
  return new Map([
    ['@org', m[1]!.trim()],
    ['@date', m[2]!],
  ]);
}

/** A line that is only the name of a government body (a site header, or a dateline's first half). */
export const ORG_ONLY = /^[\p{Script=Han}（）()]{3,24}(人民政府|政府|办公室|办公厅|委员会|局|厅)$/u;
/** A line that is only a date. */
export const DATE_ONLY = new RegExp(`^${DATE}$`);

/** A publisher value without what follows it on a news dateline ("某某日报--某某网" → 某某日报). */
function cleanPublisher(value: string): string {
  return value.split(/\s*(?:--|——|－－|\s{2,}|[|｜【[])\s*/)[0]!.trim();
}

/** Fold the fields of one metadata line into `meta` (mutates it; the first value found wins). */
export function collectFields(meta: MetaFields, fields: Map<string, string>, rank: Map<string, number>): void {
  for (const [key, raw] of fields) {
    const value = raw.replace(/^[-—:：\s\]】]+|[\s|｜[【]+$/g, '');
    if (!value) continue;
    if (key === '信息索引号' || key === '索引号') {
      const m = /[0-9A-Za-z][0-9A-Za-z\-/_.]*[0-9A-Za-z]/.exec(value);
      if (m && !meta.indexNumber) meta.indexNumber = m[0];
    } else if (key === '成文日期' || key === '成文时间') {
      meta.documentDate ??= parseDate(value);
    } else if (PUBLISHED_KEYS.includes(key)) {
      const r = PUBLISHED_KEYS.indexOf(key);
      const date = parseDate(value);
      if (date && r < (rank.get('published') ?? Infinity)) {
        meta.published = date;
        rank.set('published', r);
      }
    } else if (PUBLISHER_KEYS.includes(key)) {
      const r = PUBLISHER_KEYS.indexOf(key);
      const name = cleanPublisher(value);
      // A value that is a date or a number is no publisher (a misread table cell).
      if (name && !/^[\d\s\-:/.年月日]+$/.test(name) && r < (rank.get('publisher') ?? Infinity)) {
        meta.publisher = name;
        rank.set('publisher', r);
      }
    }
  }
}

/** Fields from HTML <meta> tags or document properties, used when the page text has none. */
export function metaFromProperties(props: Record<string, string>): MetaFields {
  const get = (...names: string[]): string | null => {
    for (const n of names) {
      const v = props[n]?.trim();
      if (v) return v;
    }
    return null;
  };
  const pub = get('pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time');
  return {
    publisher: get('contentsource', 'source', 'publisher'),
    published: pub ? parseDate(pub) : null,
    documentDate: null,
    indexNumber: null,
  };
}
