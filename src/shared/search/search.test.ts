import { describe, expect, it } from 'vitest';
import { cpSlice } from '../text/codepoints';
import { foldString, foldText } from './fold';
import { countText, searchText } from './match';
import { compileQuery, parseQueryText, type SearchQuery } from './query';

function compiled(q: SearchQuery) {
  const r = compileQuery(q);
  if (!r.ok) throw new Error(r.error.message);
  return r.compiled;
}

/** Hits as the text they cover (sliced by code points from the stored text). */
function found(text: string, q: SearchQuery): string[] {
  return searchText({ text }, compiled(q)).map((h) => cpSlice(text, h.start, h.end));
}

describe('folding', () => {
  it('folds traditional to simplified and full-width to half-width, one code point for one', () => {
    expect(foldString('朝陽區（一）ＡＢ１　')).toBe('朝阳区(一)AB1 ');
    const f = foldText('依法行政，朝陽');
    expect(f.folded).toBe('依法行政,朝阳');
    expect(f.unitToCp).toBeNull();
  });

  it('maps offsets back exactly when characters outside the BMP are present', () => {
    const text = '𠵾𫫇朝陽區𠵾依法';
    const f = foldText(text);
    expect([...f.folded].length).toBe([...text].length);
    const hits = searchText({ text }, compiled({ terms: ['朝阳'] }));
    expect(hits).toEqual([{ start: 2, end: 4, term: 0 }]);
    expect(cpSlice(text, 2, 4)).toBe('朝陽');
    expect(found(text, { terms: ['依法'] })).toEqual(['依法']);
    expect(searchText({ text }, compiled({ terms: ['依法'] }))[0]).toMatchObject({ start: 6, end: 8 });
  });

  it('keeps offsets when a fold changes UTF-16 width (an astral traditional character with a BMP simplified form)', () => {
    // Find one such character in the tables rather than hard-coding it.
    let wide = '';
    for (let cp = 0x20000; cp < 0x2a6e0 && !wide; cp++) {
      const ch = String.fromCodePoint(cp);
      const f = foldString(ch);
      if (f !== ch && f.length === 1) wide = ch;
    }
    expect(wide).not.toBe('');
    const text = `甲${wide}乙朝陽丙`;
    const hits = searchText({ text }, compiled({ terms: ['朝阳'] }));
    expect(hits[0]).toMatchObject({ start: 3, end: 5 });
    const own = searchText({ text }, compiled({ terms: [`${foldString(wide)}乙`] }));
    expect(own[0]).toMatchObject({ start: 1, end: 3 });
    expect(cpSlice(text, 1, 3)).toBe(`${wide}乙`);
  });

  it('can be switched off: strict script and strict width', () => {
    const text = '朝阳区与朝陽區，（一）';
    expect(found(text, { terms: ['朝阳'] })).toEqual(['朝阳', '朝陽']);
    expect(found(text, { terms: ['朝阳'], strictScript: true })).toEqual(['朝阳']);
    expect(found(text, { terms: ['(一)'] })).toEqual(['（一）']);
    expect(found(text, { terms: ['(一)'], strictWidth: true })).toEqual([]);
  });
});

describe('queries', () => {
  const text = '一、坚持依法行政。推进行政执法公示！完善决策程序；加强监督：依法决策？\n第二段依法公开。行政复议';

  it('finds literal text, non-overlapping, in order', () => {
    expect(found('aaaa', { terms: ['aa'] })).toEqual(['aa', 'aa']);
    expect(found(text, { terms: ['依法'] })).toEqual(['依法', '依法', '依法']);
  });

  it('finds regular expressions on the folded text, with full-width brackets kept literal', () => {
    expect(found(text, { terms: ['依法\\S{2}'], regex: true })).toEqual(['依法行政', '依法决策', '依法公开']);
    expect(found('见（一）和(二)', { terms: ['（[一二]）'], regex: true })).toEqual(['（一）', '(二)']);
    expect(found('𠵾𠵾a', { terms: ['.a'], regex: true })).toEqual(['𠵾a']);
    expect(compileQuery({ terms: ['('], regex: true })).toMatchObject({ ok: false, error: { code: 'regex' } });
  });

  it('any: hits of every term; all: only in a sentence or paragraph holding every term', () => {
    expect(found(text, { terms: ['依法', '行政'] })).toEqual(['依法', '行政', '行政', '依法', '依法', '行政']);
    // Sentence 1 (…依法行政。) has both; 依法决策？ has no 行政; the last paragraph has 行政 only.
    expect(found(text, { terms: ['依法', '行政'], match: 'all' })).toEqual(['依法', '行政']);
    expect(found(text, { terms: ['依法', '行政'], match: 'all', within: 'paragraph' })).toEqual([
      '依法',
      '行政',
      '行政',
      '依法',
      '依法',
      '行政',
    ]);
  });

  it('none: drops hits whose sentence holds an excluded term', () => {
    expect(found(text, { terms: ['依法'], exclude: ['行政'] })).toEqual(['依法', '依法']);
    expect(found(text, { terms: ['依法'], exclude: ['行政'], within: 'paragraph' })).toEqual([]);
  });

  it('optional ；： sentence ends change what "the same sentence" is', () => {
    const t = '完善程序；依法决策。';
    expect(found(t, { terms: ['程序', '依法'], match: 'all' })).toEqual(['程序', '依法']);
    expect(found(t, { terms: ['程序', '依法'], match: 'all', semicolons: true })).toEqual([]);
  });

  it('parses a typed query: spaces, quoted phrases, -excluded', () => {
    expect(parseQueryText('依法 "行政 执法" -试点')).toEqual({ terms: ['依法', '行政 执法'], exclude: ['试点'] });
    expect(parseQueryText(' a b ', { regex: true })).toEqual({ regex: true, terms: ['a b'] });
    expect(compileQuery({ terms: [] })).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('counts without building hits, the same number', () => {
    const q = compiled({ terms: ['依法'] });
    expect(countText({ text }, q)).toBe(3);
    expect(countText({ text: '朝陽朝阳' }, compiled({ terms: ['朝阳'] }))).toBe(2);
  });
});
