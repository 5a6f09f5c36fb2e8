/**
 * Pure tree logic behind the codebook panel: where a code may move, and what a
 * drag or an Alt+arrow asks for. The tree itself (order, paths, descendants, the
 * visible rows) is the core's (shared/codebook/tree.ts). No React, no DOM.
 */
import { CATEGORIES } from '../../../../shared/model/document';
import type { Code } from '../../../../shared/model/project';
import { categoryRank, descendantIds, type CodeNode } from '../../../../shared/codebook/tree';

type TreeCode = Pick<Code, 'id' | 'parentId' | 'order' | 'name' | 'category'>;

/** Parents `id` may move under: not itself, not one of its descendants, not where it already is. */
export function validMoveTargets<T extends TreeCode>(codes: readonly T[], id: string): T[] {
  const self = codes.find((c) => c.id === id);
  if (!self) return [];
  const banned = new Set(descendantIds(codes, id));
  banned.add(id);
  if (self.parentId !== null) banned.add(self.parentId);
  return codes.filter((c) => !banned.has(c.id));
}

/** Codes `id` may merge into: any other code that is not below it (its children would have nowhere to go). */
export function validMergeTargets<T extends TreeCode>(codes: readonly T[], id: string): T[] {
  const banned = new Set(descendantIds(codes, id));
  return codes.filter((c) => c.id !== id && !banned.has(c.id));
}

/** What a keyboard or drag gesture asks the command layer to do. */
export type TreeIntent =
  | { kind: 'reorder'; id: string; index: number }
  | { kind: 'move'; id: string; parentId: string | null; index?: number };

function siblingsOf<T extends TreeCode>(tree: readonly CodeNode<T>[], id: string): CodeNode<T>[] | null {
  if (tree.some((n) => n.code.id === id)) return [...tree];
  for (const n of tree) {
    const found = siblingsOf(n.children, id);
    if (found) return found;
  }
  return null;
}

function nodeOf<T extends TreeCode>(tree: readonly CodeNode<T>[], id: string): CodeNode<T> | null {
  for (const n of tree) {
    if (n.code.id === id) return n;
    const found = nodeOf(n.children, id);
    if (found) return found;
  }
  return null;
}

/**
 * At the top level the categories stay above the analyst's own codes (the panel
 * always lists them first), so a reorder is kept within its group.
 */
function clampIndex<T extends TreeCode>(siblings: readonly CodeNode<T>[], self: T, index: number): number {
  let lo = 0;
  let hi = siblings.length - 1;
  if (self.parentId === null) {
    const firstOwn = siblings.findIndex((n) => categoryRank(n.code) === CATEGORIES.length);
    const split = firstOwn === -1 ? siblings.length : firstOwn;
    if (categoryRank(self) < CATEGORIES.length) hi = split - 1;
    else lo = split;
  }
  return Math.max(lo, Math.min(hi, index));
}

/** How many top-level rows are prescribed categories (they always come first). */
function topCategoryCount<T extends TreeCode>(tree: readonly CodeNode<T>[]): number {
  return tree.filter((n) => categoryRank(n.code) < CATEGORIES.length).length;
}

export type KeyMove = 'up' | 'down' | 'in' | 'out';

/** Alt+↑/↓ reorder among siblings, Alt+→ nests under the previous sibling, Alt+← moves out to the grandparent. */
export function keyboardIntent<T extends TreeCode>(
  tree: readonly CodeNode<T>[],
  id: string,
  move: KeyMove,
): TreeIntent | null {
  const siblings = siblingsOf(tree, id);
  const node = nodeOf(tree, id);
  if (!siblings || !node) return null;
  const index = siblings.findIndex((n) => n.code.id === id);
  if (move === 'up' || move === 'down') {
    const next = clampIndex(siblings, node.code, index + (move === 'up' ? -1 : 1));
    return next === index ? null : { kind: 'reorder', id, index: next };
  }
  if (move === 'in') {
    const previous = siblings[index - 1];
    // A category is never nested: it is one of the report's five prescribed parts.
    if (!previous || (node.code.parentId === null && node.code.category)) return null;
    return { kind: 'move', id, parentId: previous.code.id };
  }
  const parent = node.code.parentId === null ? null : nodeOf(tree, node.code.parentId);
  if (!parent) return null;
  const grandSiblings = siblingsOf(tree, parent.code.id) ?? [];
  const parentIndex = grandSiblings.findIndex((n) => n.code.id === parent.code.id);
  // Lands just below its former parent, where the eye expects it (below the categories at the top).
  const index2 = parent.code.parentId === null ? Math.max(parentIndex + 1, topCategoryCount(tree)) : parentIndex + 1;
  return { kind: 'move', id, parentId: parent.code.parentId, index: index2 };
}

export type DropPosition = 'before' | 'after' | 'inside';

/** The intent of dropping `dragId` on `targetId`; null when the drop would make no sense (onto itself or below itself). */
export function dropIntent<T extends TreeCode>(
  codes: readonly T[],
  tree: readonly CodeNode<T>[],
  dragId: string,
  targetId: string,
  position: DropPosition,
): TreeIntent | null {
  if (dragId === targetId || descendantIds(codes, dragId).includes(targetId)) return null;
  const drag = nodeOf(tree, dragId);
  const target = nodeOf(tree, targetId);
  if (!drag || !target) return null;
  const dragIsCategory = drag.code.parentId === null && drag.code.category !== null;
  if (position === 'inside') {
    if (dragIsCategory || drag.code.parentId === targetId) return null;
    return { kind: 'move', id: dragId, parentId: targetId };
  }
  const siblings = (siblingsOf(tree, targetId) ?? []).filter((n) => n.code.id !== dragId);
  const targetIndex = siblings.findIndex((n) => n.code.id === targetId);
  const index = targetIndex + (position === 'after' ? 1 : 0);
  const parentId = target.code.parentId;
  if (parentId === drag.code.parentId) {
    const all = siblingsOf(tree, dragId) ?? [];
    const clamped = clampIndex(all, drag.code, index);
    const current = all.findIndex((n) => n.code.id === dragId);
    return clamped === current ? null : { kind: 'reorder', id: dragId, index: clamped };
  }
  if (dragIsCategory) return null;
  return {
    kind: 'move',
    id: dragId,
    parentId,
    index: parentId === null ? Math.max(index, topCategoryCount(tree)) : index,
  };
}

/** Keys that may become a code's shortcut: 1–9 and the letters, stored lower case. */
export function shortcutFromKey(key: string): string | null {
  return /^[1-9a-zA-Z]$/.test(key) ? key.toLowerCase() : null;
}

/** The code (other than `exceptId`) that has `key` as its shortcut now. */
export function shortcutOwner<T extends Pick<Code, 'id' | 'shortcut'>>(
  codes: readonly T[],
  key: string,
  exceptId: string,
): T | null {
  return codes.find((c) => c.id !== exceptId && c.shortcut?.toLowerCase() === key.toLowerCase()) ?? null;
}

/** Coded segments that go when `id` is deleted: its own and its sub-codes'. */
export function segmentsRemovedOnDelete(
  codes: readonly Pick<Code, 'id' | 'parentId'>[],
  counts: Readonly<Record<string, number>>,
  id: string,
): number {
  let total = counts[id] ?? 0;
  for (const d of descendantIds(codes, id)) total += counts[d] ?? 0;
  return total;
}

/**
 * Coded segments per code including its sub-codes (a parent's count is what its
 * branch holds, as in the datasets' n_<category>_all). Walks the tree built by
 * buildCodeTree, so a code in a cycle is counted once.
 */
export function rolledUpCounts(
  tree: readonly CodeNode<TreeCode>[],
  counts: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (node: CodeNode<TreeCode>): number => {
    let n = counts[node.code.id] ?? 0;
    for (const child of node.children) n += visit(child);
    out[node.code.id] = n;
    return n;
  };
  for (const root of tree) visit(root);
  return out;
}
