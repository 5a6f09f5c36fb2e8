/** The segments a filter keeps. Pure. */
import type { RetrievalCode, RetrievalFilter, RetrievedSegment } from './types';

/** The chosen codes and, when asked, all their descendants. */
export function expandCodes(codes: readonly RetrievalCode[], chosen: readonly string[], withSub: boolean): Set<string> {
  const out = new Set(chosen);
  if (!withSub) return out;
  const children = new Map<string, string[]>();
  for (const c of codes) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const stack = [...chosen];
  while (stack.length) {
    for (const k of children.get(stack.pop()!) ?? []) {
      if (out.has(k)) continue;
      out.add(k);
      stack.push(k);
    }
  }
  return out;
}

export function filterSegments(
  rows: readonly RetrievedSegment[],
  codes: readonly RetrievalCode[],
  f: RetrievalFilter,
  docIds: ReadonlySet<string> | null,
): RetrievedSegment[] {
  const codeSet = f.codeIds.length ? expandCodes(codes, f.codeIds, f.withSubCodes) : null;
  return rows.filter(
    (r) =>
      (!codeSet || codeSet.has(r.codeId)) &&
      (!docIds || docIds.has(r.docId)) &&
      (f.coder === null || r.coder === f.coder) &&
      (f.origin === null || r.origin === f.origin),
  );
}
