import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../../shared/model/project';
import { doc } from './library-doc.test-helper';
import {
  clickRow,
  copyCounts,
  EMPTY_FILTER,
  EMPTY_SELECTION,
  facets,
  filterDocuments,
  groupCopies,
  moveCursor,
  nextSort,
  regionLabel,
  selectAll,
  sortDocuments,
  visibleSelection,
} from './library-model';

const region = (province: string | null, city: string | null = null, county: string | null = null) => ({
  province,
  city,
  county,
  code: null,
});

const ids = (docs: DocumentRecord[]) => docs.map((d) => d.id);

describe('regionLabel', () => {
  it('names the government from province down, once per name', () => {
    expect(regionLabel(region('浙江省', '杭州市', '临平区'))).toBe('浙江省 杭州市 临平区');
    expect(regionLabel(region('北京市', '北京市', '朝阳区'))).toBe('北京市 朝阳区');
    expect(regionLabel(region(null))).toBe('');
  });
});

describe('filterDocuments', () => {
  const docs = [
    doc('a', { title: '杭州市2023年法治政府建设年度报告', region: region('浙江省', '杭州市'), reportYear: 2023 }),
    doc('b', {
      title: '关于法治工作的新闻',
      genre: 'news',
      region: region('江苏省'),
      reportYear: 2022,
      fileName: 'News.HTML',
    }),
    doc('c', { title: null, fileName: '臺北報告.txt', script: 'traditional', level: 'county', reportYear: 2023 }),
  ];
  const coded = { a: 3 };

  it('finds by title or file name, ignoring case', () => {
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, query: '杭州' }, coded))).toEqual(['a']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, query: 'news.html' }, coded))).toEqual(['b']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, query: '臺北' }, coded))).toEqual(['c']);
  });

  it('combines facet filters', () => {
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, year: 2023 }, coded))).toEqual(['a', 'c']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, year: 2023, script: 'traditional' }, coded))).toEqual(['c']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, province: '江苏省', genre: 'news' }, coded))).toEqual(['b']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, level: 'county' }, coded))).toEqual(['c']);
  });

  it('filters coded and uncoded documents', () => {
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, coded: 'coded' }, coded))).toEqual(['a']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, coded: 'uncoded' }, coded))).toEqual(['b', 'c']);
  });

  it('offers the provinces in pinyin order and years newest first', () => {
    const f = facets([...docs, doc('d', { region: region('北京市'), reportYear: 2021 })]);
    expect(f.provinces).toEqual(['北京市', '江苏省', '浙江省']);
    expect(f.years).toEqual([2023, 2022, 2021]);
  });
});

describe('sortDocuments', () => {
  const docs = [
    doc('z', { title: '浙江省报告', reportYear: 2022 }),
    doc('b', { title: '北京市报告', reportYear: null }),
    doc('g', { title: '广东省报告', reportYear: 2023 }),
    doc('a', { title: '安徽省报告', reportYear: 2022 }),
  ];

  it('sorts Chinese titles by pinyin, both ways', () => {
    expect(ids(sortDocuments(docs, { key: 'title', dir: 'asc' }, {}))).toEqual(['a', 'b', 'g', 'z']);
    expect(ids(sortDocuments(docs, { key: 'title', dir: 'desc' }, {}))).toEqual(['z', 'g', 'b', 'a']);
  });

  it('is stable and puts missing values last in both directions', () => {
    expect(ids(sortDocuments(docs, { key: 'year', dir: 'asc' }, {}))).toEqual(['z', 'a', 'g', 'b']);
    expect(ids(sortDocuments(docs, { key: 'year', dir: 'desc' }, {}))).toEqual(['g', 'z', 'a', 'b']);
  });

  it('sorts by coded segments and administrative level', () => {
    expect(ids(sortDocuments(docs, { key: 'coded', dir: 'desc' }, { g: 5, a: 1 }))).toEqual(['g', 'a', 'z', 'b']);
    const levels = [doc('t', { level: 'township' }), doc('p', { level: 'province' }), doc('c', { level: 'county' })];
    expect(ids(sortDocuments(levels, { key: 'level', dir: 'asc' }, {}))).toEqual(['p', 'c', 't']);
  });

  it('flips the direction on a second click on the same header', () => {
    expect(nextSort({ key: 'title', dir: 'asc' }, 'title')).toEqual({ key: 'title', dir: 'desc' });
    expect(nextSort({ key: 'title', dir: 'desc' }, 'province')).toEqual({ key: 'province', dir: 'asc' });
    expect(nextSort({ key: 'title', dir: 'asc' }, 'added')).toEqual({ key: 'added', dir: 'desc' });
  });
});

describe('selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  const sel = (s: { selected: ReadonlySet<string> }) => [...s.selected].sort();

  it('selects one row on click, toggles with Ctrl/Cmd, extends with Shift', () => {
    let s = clickRow(EMPTY_SELECTION, order, 'b', { toggle: false, range: false });
    expect(sel(s)).toEqual(['b']);
    s = clickRow(s, order, 'd', { toggle: false, range: true });
    expect(sel(s)).toEqual(['b', 'c', 'd']);
    s = clickRow(s, order, 'c', { toggle: true, range: false });
    expect(sel(s)).toEqual(['b', 'd']);
    s = clickRow(s, order, 'a', { toggle: false, range: false });
    expect(sel(s)).toEqual(['a']);
  });

  it('moves with the arrow keys and extends with Shift+arrow', () => {
    let s = moveCursor(EMPTY_SELECTION, order, 1, false);
    expect(sel(s)).toEqual(['a']);
    s = moveCursor(s, order, 1, true);
    s = moveCursor(s, order, 1, true);
    expect(sel(s)).toEqual(['a', 'b', 'c']);
    s = moveCursor(s, order, -1, false);
    expect(sel(s)).toEqual(['b']);
    s = moveCursor(s, order, -5, false);
    expect(s.cursor).toBe('a');
  });

  it('selects all visible rows and deletes only what is visible', () => {
    const s = selectAll(order, EMPTY_SELECTION);
    expect(sel(s)).toEqual(order);
    expect(visibleSelection(s, ['e', 'b'])).toEqual(['e', 'b']);
  });
});

describe('copies', () => {
  it('lists a copy right under its report whatever the sort, and counts copies per report', () => {
    const docs = [doc('pdf', { copyOf: 'page' }), doc('other'), doc('page'), doc('docx', { copyOf: 'page' })];
    expect(groupCopies(docs).map((d) => d.id)).toEqual(['other', 'page', 'pdf', 'docx']);
    expect(copyCounts(docs).get('page')).toBe(2);
    // A copy whose report is filtered out stays a row of its own.
    expect(groupCopies([docs[0]!, docs[1]!]).map((d) => d.id)).toEqual(['pdf', 'other']);
  });
});
