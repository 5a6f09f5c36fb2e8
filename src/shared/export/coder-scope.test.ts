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
});
