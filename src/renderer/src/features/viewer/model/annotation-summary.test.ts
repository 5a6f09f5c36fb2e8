import { describe, expect, it } from 'vitest';
import { countByCode, countByCoder, listed, ofCoder, shortQuote } from './annotation-summary';

const items = [
  { id: 'c', start: 30, end: 40, codeId: 'plans' },
  { id: 'a', start: 0, end: 10, codeId: 'measures' },
  { id: 'b', start: 0, end: 20, codeId: 'measures' },
];

describe('annotation list helpers', () => {
  it('counts annotations per code', () => {
    expect(Object.fromEntries(countByCode(items))).toEqual({ measures: 2, plans: 1 });
  });
  it('lists in reading order and filters by code', () => {
    expect(listed(items, null).map((a) => a.id)).toEqual(['b', 'a', 'c']);
    expect(listed(items, 'plans').map((a) => a.id)).toEqual(['c']);
  });
  it('shortens a quote by characters without splitting 𠵾', () => {
    expect(shortQuote('𠵾𠵾𠵾', 2)).toBe('𠵾𠵾…');
    expect(shortQuote(' 依法\n行政 ')).toBe('依法 行政');
  });
  it('counts coders (unnamed last) and keeps one coder’s codings', () => {
    const coded = [
      { id: 'a', coder: '乙' },
      { id: 'b', coder: '' },
      { id: 'c', coder: '甲' },
      { id: 'd', coder: '乙' },
    ];
    expect(countByCoder(coded)).toEqual([
      ['甲', 1],
      ['乙', 2],
      ['', 1],
    ]);
    expect(ofCoder(coded, '乙').map((a) => a.id)).toEqual(['a', 'd']);
    expect(ofCoder(coded, '').map((a) => a.id)).toEqual(['b']);
    expect(ofCoder(coded, null)).toHaveLength(4);
  });
});
