import { describe, expect, it } from 'vitest';
import type { BlockSpec } from './blocks';
import { chunkBlocks } from './chunks';

const para = (n: number): BlockSpec => ({ start: 0, end: n, text: '字'.repeat(n), headingLevel: null, boldUnits: 0 });
const heading: BlockSpec = { start: 0, end: 4, text: '一、标题', headingLevel: 1, boldUnits: 0 };

describe('chunkBlocks', () => {
  it('covers every block once, in order, with a chunk per few thousand characters', () => {
    const blocks = Array.from({ length: 100 }, () => para(400));
    const chunks = chunkBlocks(blocks);
    expect(chunks[0]).toEqual([0, 8]);
    expect(chunks.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k))).toEqual(blocks.map((_, i) => i));
  });

  it('starts a chunk at each heading and caps the blocks in one', () => {
    expect(chunkBlocks([para(10), heading, para(10), para(10), heading, para(10)])).toEqual([
      [0, 1],
      [1, 4],
      [4, 6],
    ]);
    expect(chunkBlocks(Array.from({ length: 70 }, () => para(5)))).toEqual([
      [0, 32],
      [32, 64],
      [64, 70],
    ]);
    expect(chunkBlocks([])).toEqual([]);
  });
});
