import { describe, expect, it } from 'vitest';
import { doc } from './library-doc.test-helper';
import { EMPTY_FILTER, filterDocuments } from './library-model';

const docs = [
  doc('a', { title: '朝陽區2023年法治政府建設報告' }),
  doc('b', { region: { province: '辽宁省', city: '朝阳市', county: null, code: '211300' } }),
  doc('c', { publisher: '临平区司法局' }),
  doc('d'),
];
const ids = (query: string, text: Set<string> | null = null) =>
  filterDocuments(docs, { ...EMPTY_FILTER, query }, {}, text).map((d) => d.id);

describe('library search', () => {
  it('finds the title in either script, the government and the publisher', () => {
    expect(ids('朝阳')).toEqual(['a', 'b']);
    expect(ids('司法局')).toEqual(['c']);
    expect(ids('辽宁')).toEqual(['b']);
  });

  it('finds documents whose text holds the query', () => {
    expect(ids('行政执法')).toEqual([]);
    expect(ids('行政执法', new Set(['d']))).toEqual(['d']);
  });
});
