import { describe, expect, it } from 'vitest';
import { layoutStripes } from './stripe-layout';

describe('layoutStripes', () => {
  it('puts two codes on the same lines side by side, the first next to the text', () => {
    const [a, b] = layoutStripes(
      [
        { id: 'a', codeId: 'x', top: 0, bottom: 60 },
        { id: 'b', codeId: 'y', top: 20, bottom: 40 },
      ],
      40,
    );
    expect(a!.lane).toBe(0);
    expect(b!.lane).toBe(1);
    expect(b!.left + b!.width).toBeLessThanOrEqual(a!.left);
  });

  it('reuses the lane of a stripe that ended higher up', () => {
    const boxes = layoutStripes(
      [
        { id: 'a', codeId: 'x', top: 0, bottom: 20 },
        { id: 'b', codeId: 'y', top: 20, bottom: 40 },
      ],
      40,
    );
    expect(boxes.map((s) => s.lane)).toEqual([0, 0]);
  });

  it('keeps twenty overlapping stripes inside the gutter', () => {
    const boxes = layoutStripes(
      Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, codeId: 'x', top: i, bottom: 100 })),
      40,
    );
    for (const s of boxes) expect(s.left).toBeGreaterThanOrEqual(0);
    expect(new Set(boxes.map((s) => s.left)).size).toBe(20);
  });
});
