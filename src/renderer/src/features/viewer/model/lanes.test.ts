import { describe, expect, it } from 'vitest';
import { assignLanes } from './lanes';

describe('assignLanes', () => {
  it('gives overlapping stripes different lanes and reuses a lane once free', () => {
    const { lanes, laneCount } = assignLanes([
      { id: 'long', top: 0, bottom: 100 },
      { id: 'inner', top: 20, bottom: 40 },
      { id: 'later', top: 50, bottom: 60 },
      { id: 'after', top: 100, bottom: 120 },
    ]);
    expect(lanes.get('long')).toBe(0);
    expect(lanes.get('inner')).toBe(1);
    expect(lanes.get('later')).toBe(1);
    expect(lanes.get('after')).toBe(0);
    expect(laneCount).toBe(2);
  });

  it('separates two codes on the same line even if their characters do not overlap', () => {
    const { lanes } = assignLanes([
      { id: 'a', top: 10, bottom: 30 },
      { id: 'b', top: 10, bottom: 30 },
    ]);
    expect(new Set([lanes.get('a'), lanes.get('b')])).toEqual(new Set([0, 1]));
  });

  it('does not depend on input order', () => {
    const items = [
      { id: 'a', top: 0, bottom: 50 },
      { id: 'b', top: 10, bottom: 20 },
      { id: 'c', top: 15, bottom: 60 },
    ];
    expect(assignLanes(items).lanes).toEqual(assignLanes([...items].reverse()).lanes);
  });
});
