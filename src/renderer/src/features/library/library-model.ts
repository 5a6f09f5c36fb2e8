/**
 * The library's pure logic: the government label of a row, filtering, sorting and
 * row selection (click, Ctrl/Cmd+click, Shift+click, arrows). No React here, so it
 * is tested in Node and stays fast for thousands of rows.
 */
import type { Region } from '../../../../shared/model/document';
import { foldString } from '../../../../shared/search/fold';
import type { DocumentRecord } from '../../../../shared/model/project';

export const SORT_KEYS = [
  'title',
  'government',
  'level',
  'province',
  'year',
  'genre',
  'script',
  'format',
  'coded',
  'added',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  dir: SortDir;
}

export interface LibraryFilter {
  /**
   * Matched against title, file name, government and publisher (case, script and
   * width folded), and against the text through `textMatches`.
   */
  query: string;
  province: string | null;
  year: number | null;
  genre: DocumentRecord['genre'] | null;
  level: NonNullable<DocumentRecord['level']> | null;
  script: DocumentRecord['script'] | null;
  coded: 'all' | 'coded' | 'uncoded';
}

export const EMPTY_FILTER: LibraryFilter = {
  query: '',
  province: null,
  year: null,
  genre: null,
  level: null,
  script: null,
  coded: 'all',
};

/** The reporting government as researchers name it: 浙江省 杭州市 临平区 (levels that repeat are shown once). */
export function regionLabel(region: Region): string {
  const parts: string[] = [];
  for (const p of [region.province, region.city, region.county]) {
    if (p && !parts.includes(p)) parts.push(p);
  }
  return parts.join(' ');
}

export function isFilterActive(f: LibraryFilter): boolean {
  return (
    f.query.trim() !== '' ||
    f.province !== null ||
    f.year !== null ||
    f.genre !== null ||
    f.level !== null ||
    f.script !== null ||
    f.coded !== 'all'
  );
}

/** What the query is matched against besides the text: folded, so 朝陽 finds 朝阳 and Ａ finds a. */
function metaKey(d: DocumentRecord): string {
  return foldString(`${d.title ?? ''}\n${d.fileName}\n${regionLabel(d.region)}\n${d.publisher ?? ''}`.toLowerCase());
}

export function filterDocuments(
  docs: readonly DocumentRecord[],
  f: LibraryFilter,
  codedCounts: Readonly<Record<string, number>>,
  /** Documents whose text holds the query (found by the search worker); null while unknown. */
  textMatches: ReadonlySet<string> | null = null,
): DocumentRecord[] {
  const q = foldString(f.query.trim().toLowerCase());
  return docs.filter((d) => {
    if (q && !textMatches?.has(d.id) && !metaKey(d).includes(q)) return false;
    if (f.province !== null && d.region.province !== f.province) return false;
    if (f.year !== null && d.reportYear !== f.year) return false;
    if (f.genre !== null && d.genre !== f.genre) return false;
    if (f.level !== null && d.level !== f.level) return false;
    if (f.script !== null && d.script !== f.script) return false;
    const coded = (codedCounts[d.id] ?? 0) > 0;
    if (f.coded === 'coded' && !coded) return false;
    if (f.coded === 'uncoded' && coded) return false;
    return true;
  });
}

/** Provinces and years present in the library, for the filter menus. */
export function facets(docs: readonly DocumentRecord[]): { provinces: string[]; years: number[] } {
  const provinces = new Set<string>();
  const years = new Set<number>();
  for (const d of docs) {
    if (d.region.province) provinces.add(d.region.province);
    if (d.reportYear !== null) years.add(d.reportYear);
  }
  return { provinces: [...provinces].sort(zh.compare), years: [...years].sort((a, b) => b - a) };
}

// Same order as `a.localeCompare(b, 'zh-CN')` (pinyin for Chinese), built once for thousands of comparisons.
const zh = new Intl.Collator('zh-CN', { numeric: true });

const LEVEL_ORDER: Record<NonNullable<DocumentRecord['level']>, number> = {
  province: 0,
  prefecture: 1,
  county: 2,
  township: 3,
  department: 4,
};

type SortValue = string | number | null;

function sortValue(d: DocumentRecord, key: SortKey, codedCounts: Readonly<Record<string, number>>): SortValue {
  switch (key) {
    case 'title':
      return d.title ?? d.fileName;
    case 'government':
      return regionLabel(d.region) || null;
    case 'level':
      return d.level === null ? null : LEVEL_ORDER[d.level];
    case 'province':
      return d.region.province;
    case 'year':
      return d.reportYear;
    case 'genre':
      return d.genre;
    case 'script':
      return d.script;
    case 'format':
      return d.format;
    case 'coded':
      return codedCounts[d.id] ?? 0;
    case 'added':
      return d.addedAt;
  }
}

/**
 * Sorted copy. Stable (equal rows keep their order) in both directions, and rows
 * without a value go last in both directions so they never crowd the top.
 */
export function sortDocuments(
  docs: readonly DocumentRecord[],
  sort: SortState,
  codedCounts: Readonly<Record<string, number>>,
): DocumentRecord[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = docs.map((d) => ({ d, v: sortValue(d, sort.key, codedCounts) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : zh.compare(String(a.v), String(b.v));
    return c * sign;
  });
  return keyed.map((k) => k.d);
}

/** Clicking a header: a new column sorts ascending (newest first for dates and counts), the same column flips. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'added' || key === 'coded' || key === 'year' ? 'desc' : 'asc' };
}

export interface Selection {
  selected: ReadonlySet<string>;
  /** Where a Shift range starts. */
  anchor: string | null;
  /** The row with keyboard focus. */
  cursor: string | null;
}

export const EMPTY_SELECTION: Selection = { selected: new Set(), anchor: null, cursor: null };

function range(order: readonly string[], from: string | null, to: string): string[] {
  const b = order.indexOf(to);
  const a = from === null ? -1 : order.indexOf(from);
  if (a < 0) return [to];
  return order.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** A click on a row; `order` is the visible rows' ids in display order. */
export function clickRow(
  sel: Selection,
  order: readonly string[],
  id: string,
  mods: { toggle: boolean; range: boolean },
): Selection {
  if (mods.range) {
    const ids = range(order, sel.anchor, id);
    const selected = new Set(mods.toggle ? [...sel.selected, ...ids] : ids);
    return { selected, anchor: sel.anchor ?? id, cursor: id };
  }
  if (mods.toggle) {
    const selected = new Set(sel.selected);
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    return { selected, anchor: id, cursor: id };
  }
  return { selected: new Set([id]), anchor: id, cursor: id };
}

/** Arrow up/down: move the cursor and select it; with Shift, extend the range from the anchor. */
export function moveCursor(sel: Selection, order: readonly string[], delta: number, extend: boolean): Selection {
  if (order.length === 0) return sel;
  const at = sel.cursor === null ? -1 : order.indexOf(sel.cursor);
  const next = at < 0 ? (delta > 0 ? 0 : order.length - 1) : Math.max(0, Math.min(order.length - 1, at + delta));
  const id = order[next]!;
  if (extend)
    return {
      selected: new Set(range(order, sel.anchor ?? sel.cursor, id)),
      anchor: sel.anchor ?? sel.cursor ?? id,
      cursor: id,
    };
  return { selected: new Set([id]), anchor: id, cursor: id };
}

export function selectAll(order: readonly string[], sel: Selection): Selection {
  return { selected: new Set(order), anchor: sel.anchor ?? order[0] ?? null, cursor: sel.cursor ?? order[0] ?? null };
}

/** The selected rows that are visible, in display order: what Delete acts on (hidden rows are never deleted unseen). */
export function visibleSelection(sel: Selection, order: readonly string[]): string[] {
  return order.filter((id) => sel.selected.has(id));
}

/**
 * Copies under their report: a document kept as a copy (copyOf: the same report as a
 * PDF, Word file or mirror page) follows the document it copies, whatever the sort, so
 * the library lists each report once with its copies beneath it. A copy whose report is
 * filtered out stays where it is.
 */
export function groupCopies(rows: readonly DocumentRecord[]): DocumentRecord[] {
  const shown = new Set(rows.map((d) => d.id));
  const copies = new Map<string, DocumentRecord[]>();
  for (const d of rows) {
    if (d.copyOf && shown.has(d.copyOf) && d.copyOf !== d.id) {
      copies.set(d.copyOf, [...(copies.get(d.copyOf) ?? []), d]);
    }
  }
  if (!copies.size) return [...rows];
  const out: DocumentRecord[] = [];
  for (const d of rows) {
    if (d.copyOf && shown.has(d.copyOf) && d.copyOf !== d.id) continue;
    out.push(d, ...(copies.get(d.id) ?? []));
  }
  return out;
}

/** How many copies each report has among `docs` (by the report's id). */
export function copyCounts(docs: readonly DocumentRecord[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const d of docs) if (d.copyOf) n.set(d.copyOf, (n.get(d.copyOf) ?? 0) + 1);
  return n;
}
