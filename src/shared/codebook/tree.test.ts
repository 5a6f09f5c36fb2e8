import { describe, expect, it } from 'vitest';
import { buildCodeTree, codePath, codePathParts, descendantIds, sortCodeTree } from './tree';

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
    expect(codePathParts(codes, 'd')).toEqual(['A', 'B', 'D']);
  });
  it('sorts parents before children, siblings by order', () => {
    expect(sortCodeTree(codes).map((c) => c.id)).toEqual(['r', 'a', 'b', 'd', 'c']);
  });
});

describe('one sibling order (the codebook as the user sees it)', () => {
  // Stored out of order on purpose: an own code before the categories, categories against the regulation.
  const book = [
    { id: 'mine', parentId: null, name: '我的编码', order: 0, category: null },
    { id: 'p', parentId: null, name: '下一年度主要安排', order: 1, category: 'plans' as const },
    { id: 'm', parentId: null, name: '主要举措和成效', order: 9, category: 'measures' as const },
    { id: 'z', parentId: 'm', name: '行政执法', order: 0 },
    { id: 'y', parentId: 'm', name: '行政决策', order: 0 },
    { id: 'x', parentId: 'z', name: '执法细则', order: 0 },
  ];

  it('lists the categories first in the regulation order, then own codes; equal orders by id', () => {
    expect(sortCodeTree(book).map((c) => c.id)).toEqual(['m', 'y', 'z', 'x', 'p', 'mine']);
  });

  it('gives the same order whatever order the rows arrive in', () => {
    expect(sortCodeTree([...book].reverse()).map((c) => c.id)).toEqual(sortCodeTree(book).map((c) => c.id));
  });

  it('keeps orphans and codes of a parent cycle at the top instead of losing them', () => {
    const broken = [
      { id: 'a', parentId: 'gone', name: 'A', order: 0 },
      { id: 'x', parentId: 'y', name: 'X', order: 0 },
      { id: 'y', parentId: 'x', name: 'Y', order: 1 },
    ];
    const tree = buildCodeTree(broken);
    expect(tree.map((n) => n.code.id)).toEqual(['a', 'x']);
    expect(tree[1]!.children.map((n) => n.code.id)).toEqual(['y']);
    expect(sortCodeTree(broken)).toHaveLength(3);
  });

  it('lists every descendant, a parent before its children', () => {
    const below = descendantIds(book, 'm');
    expect([...below].sort()).toEqual(['x', 'y', 'z']);
    expect(below.indexOf('z')).toBeLessThan(below.indexOf('x'));
  });

  it('writes a path with the category key, then the names', () => {
    expect(codePath(book, 'x')).toBe('measures/行政执法/执法细则');
    expect(codePath(book, 'mine')).toBe('我的编码');
  });
});
