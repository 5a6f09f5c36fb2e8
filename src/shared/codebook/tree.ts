/** Tree helpers over a flat list of codes (parentId links). Pure. */
import type { Code } from '../model/project';

/** Ids of all descendants of `id` (not including `id`), depth first. */
export function descendantIds(codes: readonly Pick<Code, 'id' | 'parentId'>[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of codes) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out: string[] = [];
  const stack = [...(children.get(id) ?? [])];
  const seen = new Set<string>([id]);
  while (stack.length > 0) {
    const next = stack.pop()!;
    // Guards against a cycle in corrupt data, which would otherwise loop forever.
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** The names from the root down to `id` (e.g. ['主要举措和成效', '行政执法工作体系']). */
export function codePath(codes: readonly Pick<Code, 'id' | 'parentId' | 'name'>[], id: string): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path: string[] = [];
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    path.unshift(cur.name);
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return path;
}

/** Codes sorted as a tree: parents before their children, siblings by `order`. */
export function sortCodeTree<T extends Pick<Code, 'id' | 'parentId' | 'order'>>(codes: readonly T[]): T[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, T[]>();
  for (const c of codes) {
    // An orphan (parent missing) is listed at the top level rather than lost.
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const out: T[] = [];
  const visit = (parent: string | null): void => {
    for (const c of children.get(parent) ?? []) {
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}
