import { describe, expect, it } from 'vitest';
import { assignLanes, segmentize } from './ranges';

describe('segmentize', () => {
  it('splits overlapping annotations into elementary segments with their covering ids', () => {
    const segs = segmentize([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
      { id: 'c', start: 20, end: 25 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 15, ids: ['b'] },
      { start: 20, end: 25, ids: ['c'] },
    ]);
  });

  it('treats identical ranges and touching ranges correctly, ignoring empty ones', () => {
    const segs = segmentize([
      { id: 'a', start: 0, end: 4 },
      { id: 'b', start: 0, end: 4 },
      { id: 'c', start: 4, end: 6 },
      { id: 'e', start: 3, end: 3 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 4, ids: ['a', 'b'] },
      { start: 4, end: 6, ids: ['c'] },
    ]);
  });

  it('handles thousands of annotations quickly and consistently', () => {
    const ranges = Array.from({ length: 5000 }, (_, i) => ({
      id: `r${i}`,
      start: (i * 7) % 20000,
      end: ((i * 7) % 20000) + 1 + (i % 50),
    }));
    const t = performance.now();
    const segs = segmentize(ranges);
    const { lanes, laneCount } = assignLanes(ranges);
    expect(performance.now() - t).toBeLessThan(1000);
    // Every covered offset is covered by exactly the annotations the segment lists.
    for (const s of segs.slice(0, 200)) {
      const expected = ranges.filter((r) => r.start <= s.start && r.end >= s.end).map((r) => r.id);
      expect(s.ids).toEqual(expected);
    }
    expect(lanes.size).toBe(5000);
    expect(laneCount).toBe(Math.max(...segs.map((s) => s.ids.length)));
  });
});

describe('assignLanes', () => {
  it('gives overlapping annotations different lanes and reuses freed lanes', () => {
    const { lanes, laneCount } = assignLanes([
      { id: 'b', start: 5, end: 15 },
      { id: 'a', start: 0, end: 10 },
      { id: 'c', start: 12, end: 20 },
      { id: 'd', start: 16, end: 18 },
    ]);
    expect(laneCount).toBe(2);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(0);
    expect(lanes.get('d')).toBe(1);
  });

  it('is stable regardless of input order', () => {
    const ranges = [
      { id: 'x', start: 0, end: 5 },
      { id: 'y', start: 0, end: 5 },
      { id: 'z', start: 2, end: 3 },
    ];
    const one = assignLanes(ranges).lanes;
    const two = assignLanes([...ranges].reverse()).lanes;
    expect([...two.entries()].sort()).toEqual([...one.entries()].sort());
  });
});
