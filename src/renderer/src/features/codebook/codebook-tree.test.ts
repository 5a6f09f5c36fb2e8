import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/model/project';
import { buildCodeTree, codeLabel, codePath, flattenVisible } from '../../../../shared/codebook/tree';
import {
  rolledUpCounts,
  dropIntent,
  keyboardIntent,
  segmentsRemovedOnDelete,
  shortcutFromKey,
  shortcutOwner,
  validMergeTargets,
  validMoveTargets,
} from './codebook-tree';

function code(id: string, parentId: string | null, order: number, extra: Partial<Code> = {}): Code {
  return {
    id,
    projectId: 'p',
    parentId,
    name: id,
    nameEn: null,
    description: '',
    color: '#0072b2',
    shortcut: null,
    order,
    category: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

// A user code stored before the categories, and categories stored out of the regulation's order.
const codes: Code[] = [
  code('mine', null, 0),
  code('plans', null, 3, { category: 'plans', name: '下一年度主要安排' }),
  code('measures', null, 9, { category: 'measures', name: '主要举措和成效', shortcut: '1' }),
  code('执法', 'measures', 1, { name: '行政执法' }),
  code('决策', 'measures', 0, { name: '行政决策' }),
  code('细则', '执法', 0, { name: '执法细则' }),
];

const ids = (rows: { code: { id: string } }[]) => rows.map((r) => r.code.id);

describe('buildCodeTree / flattenVisible', () => {
  it('lists the categories first in the regulation order, then own codes, children by order', () => {
    const rows = flattenVisible(buildCodeTree(codes), new Set());
    expect(ids(rows)).toEqual(['measures', '决策', '执法', '细则', 'plans', 'mine']);
    expect(rows.map((r) => r.level)).toEqual([1, 2, 2, 3, 1, 1]);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: true, posInSet: 1, setSize: 3 });
    expect(rows[2]).toMatchObject({ parentId: 'measures', posInSet: 2, setSize: 2 });
  });

  it('hides the children of a collapsed code', () => {
    const rows = flattenVisible(buildCodeTree(codes), new Set(['measures']));
    expect(ids(rows)).toEqual(['measures', 'plans', 'mine']);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: false });
  });

  it('keeps orphans and codes caught in a cycle', () => {
    const broken = [code('a', 'gone', 0), code('x', 'y', 0), code('y', 'x', 1)];
    expect(ids(flattenVisible(buildCodeTree(broken), new Set())).sort()).toEqual(['a', 'x', 'y']);
  });
});

describe('codePath', () => {
  it('writes the category key, then the names', () => {
    expect(codePath(codes, '细则')).toBe('measures/行政执法/执法细则');
    expect(codePath(codes, 'mine')).toBe('mine');
  });
});

describe('move and merge targets', () => {
  it('excludes the code, its descendants and its current parent', () => {
    expect(validMoveTargets(codes, '执法').map((c) => c.id)).toEqual(['mine', 'plans', '决策']);
  });
  it('merge excludes self and descendants but allows the parent', () => {
    expect(validMergeTargets(codes, '执法').map((c) => c.id)).toEqual(['mine', 'plans', 'measures', '决策']);
  });
});

describe('keyboardIntent', () => {
  const tree = buildCodeTree(codes);
  it('reorders among siblings and stops at the ends', () => {
    expect(keyboardIntent(tree, '执法', 'up')).toEqual({ kind: 'reorder', id: '执法', index: 0 });
    expect(keyboardIntent(tree, '执法', 'down')).toBeNull();
  });
  it('keeps own codes below the categories and categories above them', () => {
    expect(keyboardIntent(tree, 'mine', 'up')).toBeNull();
    expect(keyboardIntent(tree, 'plans', 'down')).toBeNull();
    expect(keyboardIntent(tree, 'plans', 'up')).toEqual({ kind: 'reorder', id: 'plans', index: 0 });
  });
  it('nests under the previous sibling and moves out below the former parent', () => {
    expect(keyboardIntent(tree, '执法', 'in')).toEqual({ kind: 'move', id: '执法', parentId: '决策' });
    expect(keyboardIntent(tree, '决策', 'in')).toBeNull();
    expect(keyboardIntent(tree, 'mine', 'in')).toEqual({ kind: 'move', id: 'mine', parentId: 'plans' });
    expect(keyboardIntent(tree, '细则', 'out')).toEqual({ kind: 'move', id: '细则', parentId: 'measures', index: 2 });
    expect(keyboardIntent(tree, 'mine', 'out')).toBeNull();
  });
  it('moves out to the top level below the categories', () => {
    const nested = buildCodeTree([...codes.filter((c) => c.id !== 'mine'), code('mine', 'measures', 5)]);
    expect(keyboardIntent(nested, 'mine', 'out')).toEqual({ kind: 'move', id: 'mine', parentId: null, index: 2 });
    expect(dropIntent(codes, tree, '细则', 'measures', 'before')).toEqual({
      kind: 'move',
      id: '细则',
      parentId: null,
      index: 2,
    });
  });
  it('never nests a category', () => {
    expect(keyboardIntent(tree, 'plans', 'in')).toBeNull();
  });
});

describe('dropIntent', () => {
  const tree = buildCodeTree(codes);
  it('refuses dropping a code into its own subtree', () => {
    expect(dropIntent(codes, tree, 'measures', '细则', 'inside')).toBeNull();
    expect(dropIntent(codes, tree, '执法', '执法', 'before')).toBeNull();
  });
  it('reorders within the same parent', () => {
    expect(dropIntent(codes, tree, '执法', '决策', 'before')).toEqual({ kind: 'reorder', id: '执法', index: 0 });
    expect(dropIntent(codes, tree, '执法', '决策', 'after')).toBeNull();
  });
  it('moves to another parent at the drop position', () => {
    expect(dropIntent(codes, tree, 'mine', '执法', 'after')).toEqual({
      kind: 'move',
      id: 'mine',
      parentId: 'measures',
      index: 2,
    });
    expect(dropIntent(codes, tree, '细则', 'plans', 'inside')).toEqual({ kind: 'move', id: '细则', parentId: 'plans' });
  });
});

describe('shortcuts', () => {
  it('accepts 1–9 and letters only', () => {
    expect(shortcutFromKey('3')).toBe('3');
    expect(shortcutFromKey('K')).toBe('k');
    expect(shortcutFromKey('0')).toBeNull();
    expect(shortcutFromKey('Enter')).toBeNull();
    expect(shortcutFromKey('法')).toBeNull();
  });
  it('names the code that has the key now', () => {
    expect(shortcutOwner(codes, '1', 'mine')?.id).toBe('measures');
    expect(shortcutOwner(codes, '1', 'measures')).toBeNull();
  });
});

describe('segmentsRemovedOnDelete / codeLabel', () => {
  it('counts the code and its sub-codes', () => {
    expect(segmentsRemovedOnDelete(codes, { measures: 2, 执法: 3, 细则: 4, mine: 7 }, 'measures')).toBe(9);
    expect(segmentsRemovedOnDelete(codes, {}, 'mine')).toBe(0);
  });
  it('uses the English name only in English and only when there is one', () => {
    expect(codeLabel({ name: '存在的不足', nameEn: 'Shortcomings' }, 'en')).toBe('Shortcomings');
    expect(codeLabel({ name: '存在的不足', nameEn: 'Shortcomings' }, 'zh')).toBe('存在的不足');
    expect(codeLabel({ name: '自定义', nameEn: null }, 'en')).toBe('自定义');
  });
});

describe('rolledUpCounts', () => {
  it('adds every sub-code (at any depth) to its parent, leaves stay as they are', () => {
    const codes = [
      { id: 'p', parentId: null, order: 0, name: 'P', category: null },
      { id: 'a', parentId: 'p', order: 0, name: 'A', category: null },
      { id: 'a1', parentId: 'a', order: 0, name: 'A1', category: null },
      { id: 'b', parentId: 'p', order: 1, name: 'B', category: null },
      { id: 'q', parentId: null, order: 1, name: 'Q', category: null },
    ];
    const counts = rolledUpCounts(buildCodeTree(codes), { p: 1, a: 2, a1: 3, b: 4 });
    expect(counts).toEqual({ p: 10, a: 5, a1: 3, b: 4, q: 0 });
  });
});
