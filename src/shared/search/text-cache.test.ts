import { describe, expect, it } from 'vitest';
import { compileQuery, type CompiledQuery } from './query';
import { searchCachedDocument, searchDocument } from './corpus';
import { TextCache } from './text-cache';

function q(terms: string[], extra: Partial<Parameters<typeof compileQuery>[0]> = {}): CompiledQuery {
  const r = compileQuery({ terms, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.compiled;
}

const TEXT = '𠵾區政府始終堅持依法行政。\n𫫇镇政府始终坚持，依法（行政）！';

describe('the text cache of the search worker', () => {
  it('finds exactly what an uncached search finds, offsets in code points, astral characters included', () => {
    const cache = new TextCache();
    const e = cache.put('d1', 'h1', TEXT);
    for (const query of [
      q(['始终坚持']),
      q(['依法(行政)']),
      q(['始終堅持'], { strictScript: true }),
      q(['行政'], { regex: true }),
    ]) {
      const cached = searchCachedDocument(cache, e, query);
      const plain = searchDocument({ docId: 'd1', text: TEXT }, query);
      expect(cached.hits).toEqual(plain.hits);
      expect(cached.rows).toEqual(plain.rows);
    }
    const both = searchCachedDocument(cache, e, q(['始终坚持']));
    expect(both.rows.map((r) => r.hit)).toEqual(['始終堅持', '始终坚持']);
    expect(both.hits[0]).toMatchObject({ start: 4, end: 8 });
  });

  it('folds a text once per set of options and keeps it for the next query', () => {
    const cache = new TextCache();
    const e = cache.put('d1', 'h1', TEXT);
    const first = cache.folded(e, q(['x']).fold);
    expect(cache.folded(e, q(['y']).fold)).toBe(first);
    expect(cache.get('d1', 'h1')).toBe(e);
    // Astral characters: the copy carries its unit → code point map (four bytes a unit).
    expect(cache.heldUnits).toBe(TEXT.length + first.folded.length + 2 * first.unitToCp!.length);
  });

  it('reads a document again when its stamp changed, and forgets documents no longer searched', () => {
    const cache = new TextCache();
    cache.put('d1', 'h1', TEXT);
    cache.put('d2', 'h2', '法治');
    expect(cache.get('d1', 'h-new')).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.keepOnly(new Set(['d3']));
    expect(cache.size).toBe(0);
    expect(cache.heldUnits).toBe(0);
  });

  it('keeps what fits when full and still answers for the rest', () => {
    const cache = new TextCache(10);
    const a = cache.put('a', 's', '执法执法执法');
    const b = cache.put('b', 's', '执法执法执法');
    expect(cache.size).toBe(1);
    expect(searchCachedDocument(cache, b, q(['執法'])).hits).toHaveLength(3);
    expect(searchCachedDocument(cache, a, q(['執法'])).hits).toHaveLength(3);
    expect(cache.heldUnits).toBeLessThanOrEqual(10);
  });
});
