/**
 * What an export covers: a choice of documents and codes (null = all), and the
 * code paths and column keys every export format shares.
 */
import type { Annotation, Code, ProjectSnapshot } from '../model/project';

export interface ExportScope {
  /** Documents to include, in any order; null or absent = all. */
  docIds?: readonly string[] | null;
  /** Codes to include; null or absent = all. */
  codeIds?: readonly string[] | null;
}

export interface ScopedProject {
  snapshot: ProjectSnapshot;
  /** Documents in scope, in the project's order. */
  documents: ProjectSnapshot['documents'];
  /** Codes in scope, depth first in sibling order (the codebook as the user sees it). */
  codes: Code[];
  /** Annotations in scope, by document (project order), start, end, code order. */
  annotations: Annotation[];
  codeInfo: Map<string, CodeInfo>;
}

export interface CodeInfo {
  code: Code;
  /** Names from the root joined with '/', the category key standing for a category code: `measures/行政执法`. */
  path: string;
  /** Column-safe key (ASCII [a-z0-9_], at most 26 characters so `share_<key>` fits Stata's 32). */
  key: string;
}

/** Codes depth first, siblings by `order` then name; codes whose parent is missing count as roots. */
export function orderCodes(codes: readonly Code[]): Code[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const c of codes) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const out: Code[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null): void => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue; // guards against a parent cycle in corrupt data
      seen.add(c.id);
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  // Codes caught in a cycle never hang from a root: keep them rather than lose them.
  for (const c of codes) if (!seen.has(c.id)) out.push(c);
  return out;
}

const MAX_KEY = 26;

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Path and column key of every code (all codes, so keys stay stable whatever the scope). */
export function describeCodes(codes: readonly Code[]): Map<string, CodeInfo> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const ordered = orderCodes(codes);
  const info = new Map<string, CodeInfo>();
  const usedKeys = new Set<string>();
  const segmentName = (c: Code): string => (c.parentId === null && c.category ? c.category : c.name);
  for (const [index, code] of ordered.entries()) {
    const names: string[] = [];
    const keys: string[] = [];
    const seen = new Set<string>();
    for (let c: Code | undefined = code; c && !seen.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) {
      seen.add(c.id);
      names.unshift(segmentName(c));
      // Chinese names have no ASCII form without a pinyin table: fall back to the English name, then a number.
      keys.unshift(slug(c.category ?? c.nameEn ?? '') || `c${ordered.indexOf(c) + 1}`);
    }
    let base = keys.join('_').slice(0, MAX_KEY).replace(/_+$/, '') || `c${index + 1}`;
    if (/^[0-9]/.test(base)) base = `c${base}`.slice(0, MAX_KEY);
    let key = base;
    for (let n = 2; usedKeys.has(key); n++) key = `${base.slice(0, MAX_KEY - String(n).length - 1)}_${n}`;
    usedKeys.add(key);
    info.set(code.id, { code, path: names.join('/'), key });
  }
  return info;
}

export function scopeProject(snapshot: ProjectSnapshot, scope: ExportScope = {}): ScopedProject {
  const docSet = scope.docIds ? new Set(scope.docIds) : null;
  const codeSet = scope.codeIds ? new Set(scope.codeIds) : null;
  const documents = snapshot.documents.filter((d) => !docSet || docSet.has(d.id));
  const codeInfo = describeCodes(snapshot.codes);
  const codes = orderCodes(snapshot.codes).filter((c) => !codeSet || codeSet.has(c.id));
  const docRank = new Map(documents.map((d, i) => [d.id, i]));
  const codeRank = new Map(codes.map((c, i) => [c.id, i]));
  const annotations = snapshot.annotations
    .filter((a) => docRank.has(a.docId) && codeRank.has(a.codeId))
    .sort(
      (a, b) =>
        docRank.get(a.docId)! - docRank.get(b.docId)! ||
        a.start - b.start ||
        a.end - b.end ||
        codeRank.get(a.codeId)! - codeRank.get(b.codeId)!,
    );
  return { snapshot, documents, codes, annotations, codeInfo };
}
