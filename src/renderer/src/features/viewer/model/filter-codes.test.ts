import { describe, expect, it } from 'vitest';
import { filterCodes } from './filter-codes';

const code = (id: string, label: string, path: string, shortcut: string | null) => ({
  id,
  label,
  path,
  shortcut,
  color: '#000000',
});
const codes = [
  code('m', '主要举措和成效', '主要举措和成效', '1'),
  code('e', '行政执法', '主要举措和成效 / 行政执法', '2'),
  code('p', 'Plans', '下一年度安排', null),
];

describe('filterCodes', () => {
  it('matches the label or the path, so a parent finds its children', () => {
    expect(filterCodes(codes, '举措').map((c) => c.id)).toEqual(['m', 'e']);
    expect(filterCodes(codes, '执法').map((c) => c.id)).toEqual(['e']);
  });
  it('matches a shortcut exactly and ignores case', () => {
    expect(filterCodes(codes, '2').map((c) => c.id)).toEqual(['e']);
    expect(filterCodes(codes, 'PLA').map((c) => c.id)).toEqual(['p']);
  });
  it('lists every code for an empty query', () => {
    expect(filterCodes(codes, '  ')).toHaveLength(3);
  });
});
