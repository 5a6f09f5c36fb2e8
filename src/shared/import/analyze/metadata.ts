/**
 * Metadata lines: the key–value lines portals print above or below a report
 * (来源:…  发布时间:…, and the 信息索引号 / 责任部门 / 成文日期 table). Their values
 * are read out, and the lines themselves are not report text.
 */
import { parseDate } from './dates';

/** Keys of metadata fields, longest first so 信息索引号 wins over 索引号. */
const KEYS = [
  '信息索引号',
  '索引号',
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
  '访问量',
  '点击数',
  '阅读次数',
].sort((a, b) => b.length - a.length);

const KEY_ALT = KEYS.join('|');
/** A line that starts (after an optional list bullet) with a key and a separator or space. */
const LINE_START = new RegExp(`^(?:[-·•*]\\s*)?(${KEY_ALT})(\\s*[:：]|\\s|$)?`);
/** Keys distinctive enough to mark a line even when a PDF reader glued the value on (索引号001…). */
const GLUED_KEYS = /^(信息索引号|索引号|成文日期|发布日期|发布时间)$/;

/** Every key occurrence inside a metadata line, to cut it into fields. */
const KEY_ANY = new RegExp(`(${KEY_ALT})\\s*[:：]?`, 'g');

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

/** Publisher keys in order of preference. */
const PUBLISHER_KEYS = ['发布机构', '发布单位', '发文机关', '来源', '信息来源', '文章来源', '发布者'];

/**
 * If `line` is a metadata line, its fields (key → value, values may be empty);
 * otherwise null. Long lines are prose even when they begin with 来源.
 */
export function parseMetadataLine(line: string): Map<string, string> | null {
  if (line.length > 160) return null;
  const start = LINE_START.exec(line);
  if (!start) return null;
  // Without a separator the key may just begin a sentence (来源于…), unless the
  // line is a table row with more keys, or a distinctive key glued to its value.
  if (start[2] === undefined) {
    const more = line.slice(start[0].length).search(new RegExp(KEY_ALT)) >= 0;
    if (!more && !(GLUED_KEYS.test(start[1]!) && /^\d/.test(line.slice(start[0].length)))) return null;
  }
  const fields = new Map<string, string>();
  const hits = [...line.matchAll(KEY_ANY)];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const start = hit.index + hit[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index : line.length;
    const key = hit[1]!;
    if (!fields.has(key)) fields.set(key, line.slice(start, end).trim());
  }
  return fields;
}

/** Fold the fields of one metadata line into `meta` (mutates it; the first value found wins). */
export function collectFields(meta: MetaFields, fields: Map<string, string>, rank: Map<string, number>): void {
  for (const [key, raw] of fields) {
    const value = raw.replace(/^[-—:：\s]+|[\s|｜]+$/g, '');
    if (!value) continue;
    if (key === '信息索引号' || key === '索引号') {
      const m = /[0-9A-Za-z][0-9A-Za-z\-/_.]*[0-9A-Za-z]/.exec(value);
      if (m && !meta.indexNumber) meta.indexNumber = m[0];
    } else if (key === '成文日期' || key === '成文时间') {
      meta.documentDate ??= parseDate(value);
    } else if (key === '发布日期' || key === '发布时间') {
      meta.published ??= parseDate(value);
    } else if (PUBLISHER_KEYS.includes(key)) {
      const r = PUBLISHER_KEYS.indexOf(key);
      if (r < (rank.get('publisher') ?? Infinity)) {
        meta.publisher = value;
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
