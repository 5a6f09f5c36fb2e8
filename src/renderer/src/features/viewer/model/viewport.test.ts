import { describe, expect, it } from 'vitest';
import { blocksInView, contains } from './viewport';

// Ten blocks of 100px with 10px gaps: block i spans [110i, 110i + 100].
const box = (i: number) => ({ top: i * 110, bottom: i * 110 + 100 });

describe('blocksInView', () => {
  it('finds the blocks a viewport overlaps', () => {
    expect(blocksInView(10, box, 250, 480)).toEqual([2, 4]);
  });
  it('clamps a viewport past the end to the last block', () => {
    expect(blocksInView(10, box, 5000, 6000)).toEqual([9, 9]);
  });
  it('gives nothing for an empty document', () => {
    expect(blocksInView(0, box, 0, 100)).toBeNull();
  });
});

describe('contains', () => {
  it('tells whether the visible blocks are still inside the painted window', () => {
    expect(contains([10, 40], [12, 30])).toBe(true);
    expect(contains([10, 40], [35, 45])).toBe(false);
  });
});
