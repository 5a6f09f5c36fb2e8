import { describe, expect, it } from 'vitest';
import { codePath, descendantIds, sortCodeTree } from './tree';

const codes = [
  { id: 'c', parentId: 'a', name: 'C', order: 1 },
  { id: 'a', parentId: null, name: 'A', order: 1 },
  { id: 'b', parentId: 'a', name: 'B', order: 0 },
  { id: 'd', parentId: 'b', name: 'D', order: 0 },
  { id: 'r', parentId: null, name: 'R', order: 0 },
];

describe('code tree', () => {
  it('finds all descendants', () => {
    expect(descendantIds(codes, 'a').sort()).toEqual(['b', 'c', 'd']);
    expect(descendantIds(codes, 'd')).toEqual([]);
  });
  it('survives a cycle in corrupt data', () => {
    const cyclic = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ];
    expect(descendantIds(cyclic, 'x')).toEqual(['y']);
  });
  it('builds the path from the root', () => {
    expect(codePath(codes, 'd')).toEqual(['A', 'B', 'D']);
  });
  it('sorts parents before children, siblings by order', () => {
    expect(sortCodeTree(codes).map((c) => c.id)).toEqual(['r', 'a', 'b', 'd', 'c']);
  });
});
