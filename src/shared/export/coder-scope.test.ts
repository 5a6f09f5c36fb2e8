import { describe, expect, it } from 'vitest';
import { documentTable, segmentTable } from './export-project';
import { sampleSnapshot } from './fixtures/sample-snapshot';

describe('export scope by coder', () => {
  it('limits the segment and document datasets to the chosen coders, and each segment names its coder', () => {
    const s = sampleSnapshot();
    const all = segmentTable(s);
    expect(new Set(all.rows.map((r) => r.coder))).toEqual(new Set(['coder-a', 'coder-b']));
    const onlyB = segmentTable(s, { coders: ['coder-b'] });
    expect(onlyB.rows.map((r) => r.coder)).toEqual(['coder-b']);
    const docsAll = documentTable(s);
    const docsB = documentTable(s, { coders: ['coder-b'] });
    const total = (t: typeof docsAll) => t.rows.reduce((n, r) => n + Number(r.segments ?? 0), 0);
    expect(total(docsB)).toBeLessThan(total(docsAll));
  });

  it('the document dataset says who coded each report, how much, and which coder a limited export is', () => {
    const s = sampleSnapshot();
    const [a, b] = s.documents;
    const all = documentTable(s);
    expect(all.columns).toEqual(expect.arrayContaining(['coder', 'coders', 'n_coders', 'segments_by_coder']));
    const rowA = all.rows.find((r) => r.doc_id === a!.id)!;
    expect(rowA).toMatchObject({ coder: '', coders: 'coder-a; coder-b', n_coders: 2 });
    expect(rowA.segments_by_coder).toBe('coder-a: 3; coder-b: 1');
    expect(all.rows.find((r) => r.doc_id === b!.id)).toMatchObject({ coders: 'coder-a', n_coders: 1 });
    // Limited to one coder: each row is that coder's, and says so; a report they did not code has none.
    const onlyB = documentTable(s, { coders: ['coder-b'] });
    expect(onlyB.rows.map((r) => r.coder)).toEqual(['coder-b', 'coder-b']);
    expect(onlyB.rows.find((r) => r.doc_id === a!.id)).toMatchObject({ coders: 'coder-b', n_coders: 1, segments: 1 });
    expect(onlyB.rows.find((r) => r.doc_id === b!.id)).toMatchObject({ coders: '', n_coders: 0, segments: 0 });
    // Codings without a coder's name are counted under "(unnamed)", not as a blank name.
    const unnamed = { ...s, annotations: s.annotations.map((x) => ({ ...x, coder: '' })) };
    expect(documentTable(unnamed).rows.find((r) => r.doc_id === b!.id)!.segments_by_coder).toBe('(unnamed): 1');
  });
});
