import { describe, expect, it } from 'vitest';
import { buildSegments, segmentAt } from './segments';

describe('buildSegments', () => {
  const segs = buildSegments([
    { id: 'a', start: 0, end: 10 },
    { id: 'b', start: 5, end: 15 },
    { id: 'c', start: 20, end: 20 },
  ]);

  it('cuts overlapping annotations into elementary pieces', () => {
    expect(segs).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 15, ids: ['b'] },
    ]);
  });

  it('finds the codes on the character at a code point', () => {
    expect(segmentAt(segs, 7)?.ids).toEqual(['a', 'b']);
    expect(segmentAt(segs, 10)?.ids).toEqual(['b']);
    expect(segmentAt(segs, 15)).toBeNull();
    expect(segmentAt(segs, 17)).toBeNull();
  });

  it('handles thousands of ranges quickly', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `x${i}`, start: i * 20, end: i * 20 + 35 }));
    const t = performance.now();
    const many = buildSegments(items);
    expect(performance.now() - t).toBeLessThan(200);
    expect(segmentAt(many, 30)?.ids).toEqual(['x0', 'x1']);
  });
});
