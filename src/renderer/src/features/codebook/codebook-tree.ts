/**
 * Pure tree logic behind the codebook panel: the flat code list as a tree
 * (categories first), the visible rows for keyboard navigation, code paths,
 * where a code may move, and what a drag or an Alt+arrow asks for. No React, no DOM.
 */
import { CATEGORIES } from '../../../../shared/model/document';
import type { Code } from '../../../../shared/model/project';

type TreeCode = Pick<Code, 'id' | 'parentId' | 'order' | 'name' | 'category'>;

export interface CodeNode<T extends TreeCode = Code> {
  code: T;
  /** 1 for a top-level code (as aria-level counts). */
  level: number;
  children: CodeNode<T>[];
}

/** Category codes keep the regulation's order; everything else follows `order`. */
function categoryRank(c: TreeCode): number {
  return c.parentId === null && c.category ? CATEGORIES.indexOf(c.category) : CATEGORIES.length;
}

/**
 * The codes as a tree. At the top level the five prescribed categories come first;
 * siblings follow `order`. A code whose parent is missing (or that sits in a cycle)
 * is shown at the top level rather than lost.
 */
export function buildCodeTree<T extends TreeCode>(codes: readonly T[]): CodeNode<T>[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, T[]>();
  for (const c of codes) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const [parent, list] of children) {
    list.sort(
      (a, b) =>
        (parent === null ? categoryRank(a) - categoryRank(b) : 0) || a.order - b.order || a.id.localeCompare(b.id),
    );
  }
  const seen = new Set<string>();
  const visit = (parent: string | null, level: number): CodeNode<T>[] =>
    (children.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .map((c) => {
        seen.add(c.id);
        return { code: c, level, children: visit(c.id, level + 1) };
      });
  const roots = visit(null, 1);
  for (const c of codes) {
    if (!seen.has(c.id)) {
      seen.add(c.id);
      roots.push({ code: c, level: 1, children: visit(c.id, 2) });
    }
  }
  return roots;
}

export interface VisibleRow<T extends TreeCode = Code> {
  code: T;
  level: number;
  /** The id of the row's parent in the tree as shown (null at the top). */
  parentId: string | null;
  /** 1-based position among its siblings and their number (aria-posinset/-setsize). */
  posInSet: number;
  setSize: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The rows a user sees, top to bottom: children of collapsed codes are hidden. */
export function flattenVisible<T extends TreeCode>(
  tree: readonly CodeNode<T>[],
  collapsed: ReadonlySet<string>,
): VisibleRow<T>[] {
  const out: VisibleRow<T>[] = [];
  const walk = (nodes: readonly CodeNode<T>[], parentId: string | null): void => {
    nodes.forEach((n, i) => {
      const hasChildren = n.children.length > 0;
      const expanded = hasChildren && !collapsed.has(n.code.id);
      out.push({
        code: n.code,
        level: n.level,
        parentId,
        posInSet: i + 1,
        setSize: nodes.length,
        hasChildren,
        expanded,
      });
      if (expanded) walk(n.children, n.code.id);
    });
  };
  walk(tree, null);
  return out;
}

/** Ids of every descendant of `id`. */
export function descendantsOf(codes: readonly Pick<Code, 'id' | 'parentId'>[], id: string): Set<string> {
  const out = new Set<string>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const c of codes) {
      if (c.parentId !== null && frontier.includes(c.parentId) && !out.has(c.id) && c.id !== id) {
        out.add(c.id);
        next.push(c.id);
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * The path from the top down, joined with '/', a category code standing as its key
 * (as the exports write it): `measures/行政执法`.
 */
export function codePath(codes: readonly TreeCode[], id: string): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const parts: string[] = [];
  const seen = new Set<string>();
  for (let c = byId.get(id); c && !seen.has(c.id); c = c.parentId === null ? undefined : byId.get(c.parentId)) {
    seen.add(c.id);
    parts.unshift(c.parentId === null && c.category ? c.category : c.name);
  }
  return parts.join('/');
}

/** Parents `id` may move under: not itself, not one of its descendants, not where it already is. */
export function validMoveTargets<T extends TreeCode>(codes: readonly T[], id: string): T[] {
  const self = codes.find((c) => c.id === id);
  if (!self) return [];
  const banned = descendantsOf(codes, id);
  banned.add(id);
  if (self.parentId !== null) banned.add(self.parentId);
  return codes.filter((c) => !banned.has(c.id));
}

/** Codes `id` may merge into: any other code that is not below it (its children would have nowhere to go). */
export function validMergeTargets<T extends TreeCode>(codes: readonly T[], id: string): T[] {
  const banned = descendantsOf(codes, id);
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
  if (dragId === targetId || descendantsOf(codes, dragId).has(targetId)) return null;
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
  for (const d of descendantsOf(codes, id)) total += counts[d] ?? 0;
  return total;
}

/** The label in the UI language: the English name when the UI is English and there is one. */
export function codeLabel(code: Pick<Code, 'name' | 'nameEn'>, lang: 'zh' | 'en'): string {
  return lang === 'en' && code.nameEn ? code.nameEn : code.name;
}
