import { describe, expect, it } from 'vitest';
import { blankMeta } from '../model/document';
import type { DocumentRecord } from '../model/project';
import { buildCodeMatrix, codeFrequencies, columnMembers } from './code-matrix';

function doc(id: string, year: number, province: string, length: number): DocumentRecord {
  return {
    ...blankMeta(),
    reportYear: year,
    region: { province, city: null, county: null, code: null },
    id,
    projectId: 'p',
    fileName: `${id}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    sha256Bytes: '',
    sha256Text: '',
    length,
    warnings: [],
    addedAt: '',
    updatedAt: '',
  };
}

const codes = [
  { id: 'm', parentId: null },
  { id: 'm1', parentId: 'm' },
  { id: 's', parentId: null },
];
const docs = [doc('a', 2022, '浙江省', 100), doc('b', 2023, '浙江省', 100), doc('c', 2022, '辽宁省', 50)];
const segs = [
  { docId: 'a', codeId: 'm', start: 0, end: 10, category: 'measures' },
  { docId: 'a', codeId: 'm1', start: 5, end: 20, category: 'measures' },
  { docId: 'b', codeId: 's', start: 0, end: 50, category: 'shortcomings' },
  { docId: 'c', codeId: 'm1', start: 0, end: 25, category: 'measures' },
];

describe('code matrix', () => {
  it('counts segments per document and code, a parent column holding its sub-codes when asked', () => {
    const with_ = buildCodeMatrix(docs, ['m', 's'], columnMembers(codes, true), segs, 'document', 'count');
    expect(with_.values).toEqual([
      [2, 0],
      [0, 1],
      [1, 0],
    ]);
    const without = buildCodeMatrix(docs, ['m', 's'], columnMembers(codes, false), segs, 'document', 'count');
    expect(without.values[0]).toEqual([1, 0]);
  });

  it('groups by year or province, and coverage counts overlapping text once', () => {
    const byYear = buildCodeMatrix(docs, ['m'], columnMembers(codes, true), segs, 'year', 'coverage');
    expect(byYear.rows.map((r) => r.label)).toEqual(['2022', '2023']);
    // 2022: a covers [0,20) = 20 of 100, c covers 25 of 50 → 45 / 150.
    expect(byYear.values[0]![0]).toBeCloseTo(45 / 150);
    const byProvince = buildCodeMatrix(docs, ['m', 's'], columnMembers(codes, true), segs, 'province', 'count');
    expect(byProvince.rows.map((r) => [r.label, r.docIds])).toEqual([
      ['辽宁省', ['c']],
      ['浙江省', ['a', 'b']],
    ]);
  });

  it('code frequencies by section and by year', () => {
    const f = codeFrequencies(docs, ['m', 's'], columnMembers(codes, true), segs, 'section');
    expect(f.categories).toEqual(['measures', 'shortcomings']);
    expect(f.series).toEqual([
      { codeId: 'm', values: [3, 0] },
      { codeId: 's', values: [0, 1] },
    ]);
    expect(codeFrequencies(docs, ['m'], columnMembers(codes, false), segs, 'year').series[0]!.values).toEqual([1]);
  });
});
