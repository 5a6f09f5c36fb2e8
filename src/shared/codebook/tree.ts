/**
 * The codebook as a tree, over the flat list of codes (parentId links). This is the
 * one place the tree is built: the codebook panel, the project's stored order, the
 * exports and REFI-QDA all list codes in the order the user sees in the panel.
 *
 * Sibling order: at the top level the five prescribed categories come first, in the
 * regulation's order; then (and below the top level) `order`, then id, so two codes
 * with the same `order` always come out the same way. A code whose parent is
 * missing, or that sits in a parent cycle (corrupt data), is listed at the top
 * level rather than lost. Pure.
 */
import { CATEGORIES } from '../model/document';
import type { Code } from '../model/project';

/** What the tree needs of a code; `category` may be absent (a code that is not a category). */
export type TreeCode = Pick<Code, 'id' | 'parentId' | 'order'> & { category?: Code['category'] };

export interface CodeNode<T extends TreeCode = Code> {
  code: T;
  /** 1 for a top-level code (as aria-level counts). */
  level: number;
  children: CodeNode<T>[];
}

/** Where a top-level code stands among the categories: a category's index, else after them all. */
export function categoryRank(c: TreeCode): number {
  return c.parentId === null && c.category ? CATEGORIES.indexOf(c.category) : CATEGORIES.length;
}

/** True for one of the five prescribed category codes (a top-level code with a category key). */
export function isCategoryCode(c: TreeCode): boolean {
  return categoryRank(c) < CATEGORIES.length;
}

/** Compares two siblings (`topLevel`: they hang from no parent, so categories go first). */
function compareSiblings(a: TreeCode, b: TreeCode, topLevel: boolean): number {
  return (topLevel ? categoryRank(a) - categoryRank(b) : 0) || a.order - b.order || a.id.localeCompare(b.id);
}

/** The codes as a tree (see the module comment for the order). */
export function buildCodeTree<T extends TreeCode>(codes: readonly T[]): CodeNode<T>[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, T[]>();
  for (const c of codes) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const [parent, list] of children) list.sort((a, b) => compareSiblings(a, b, parent === null));
  const seen = new Set<string>();
  const visit = (parent: string | null, level: number): CodeNode<T>[] =>
    (children.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .map((c) => {
        seen.add(c.id);
        return { code: c, level, children: visit(c.id, level + 1) };
      });
  const roots = visit(null, 1);
  // Codes caught in a cycle never hang from a root: keep them at the top, in the same order.
  const stranded = codes.filter((c) => !seen.has(c.id)).sort((a, b) => compareSiblings(a, b, false));
  for (const c of stranded) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    roots.push({ code: c, level: 1, children: visit(c.id, 2) });
  }
  return roots;
}

/** The codes depth first, parents before their children, in the order the user sees. */
export function sortCodeTree<T extends TreeCode>(codes: readonly T[]): T[] {
  return flattenVisible(buildCodeTree(codes), new Set()).map((r) => r.code);
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

/** The rows a user sees in the panel, top to bottom: children of collapsed codes are hidden. */
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

/** Ids of all descendants of `id` (not including `id`), depth first. Survives cycles. */
export function descendantIds(codes: readonly Pick<Code, 'id' | 'parentId'>[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of codes) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out: string[] = [];
  const stack = [...(children.get(id) ?? [])].reverse();
  const seen = new Set<string>([id]);
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...[...(children.get(next) ?? [])].reverse());
  }
  return out;
}

type PathCode = Pick<Code, 'id' | 'parentId' | 'name'> & { category?: Code['category'] };

/**
 * The parts of a code's path from the top down, a top-level category standing as
 * its key (as the exports write it): ['measures', '行政执法', '执法细则'].
 */
export function codePathParts(codes: readonly PathCode[], id: string): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const parts: string[] = [];
  const seen = new Set<string>();
  for (let c = byId.get(id); c && !seen.has(c.id); c = c.parentId === null ? undefined : byId.get(c.parentId)) {
    seen.add(c.id);
    parts.unshift(c.parentId === null && c.category ? c.category : c.name);
  }
  return parts;
}

/** The path joined with '/': `measures/行政执法/执法细则` (the codebook panel and every export). */
export function codePath(codes: readonly PathCode[], id: string): string {
  return codePathParts(codes, id).join('/');
}

/** The label in the UI language: the English name when the UI is English and there is one. */
export function codeLabel(code: Pick<Code, 'name' | 'nameEn'>, lang: 'zh' | 'en'): string {
  return lang === 'en' && code.nameEn ? code.nameEn : code.name;
}
