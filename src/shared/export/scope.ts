/**
 * What an export covers: a choice of documents and codes (null = all), and the
 * code paths and column keys every export format shares.
 */
import type { Annotation, Code, ProjectSnapshot } from '../model/project';
import { codePath, sortCodeTree } from '../codebook/tree';

export interface ExportScope {
  /** Documents to include, in any order; null or absent = all. */
  docIds?: readonly string[] | null;
  /** Codes to include; null or absent = all. */
  codeIds?: readonly string[] | null;
  /** Coders whose codings to include (e.g. only the consensus); null or absent = everyone's. */
  coders?: readonly string[] | null;
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
  const ordered = sortCodeTree(codes);
  const rank = new Map(ordered.map((c, i) => [c.id, i]));
  const info = new Map<string, CodeInfo>();
  const usedKeys = new Set<string>();
  for (const [index, code] of ordered.entries()) {
    const keys: string[] = [];
    const seen = new Set<string>();
    for (let c: Code | undefined = code; c && !seen.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) {
      seen.add(c.id);
      // Chinese names have no ASCII form without a pinyin table: fall back to the English name, then a number.
      keys.unshift(slug(c.category ?? c.nameEn ?? '') || `c${rank.get(c.id)! + 1}`);
    }
    let base = keys.join('_').slice(0, MAX_KEY).replace(/_+$/, '') || `c${index + 1}`;
    if (/^[0-9]/.test(base)) base = `c${base}`.slice(0, MAX_KEY);
    let key = base;
    for (let n = 2; usedKeys.has(key); n++) key = `${base.slice(0, MAX_KEY - String(n).length - 1)}_${n}`;
    usedKeys.add(key);
    info.set(code.id, { code, path: codePath(codes, code.id), key });
  }
  return info;
}

export function scopeProject(snapshot: ProjectSnapshot, scope: ExportScope = {}): ScopedProject {
  const docSet = scope.docIds ? new Set(scope.docIds) : null;
  const codeSet = scope.codeIds ? new Set(scope.codeIds) : null;
  const coderSet = scope.coders ? new Set(scope.coders) : null;
  const documents = snapshot.documents.filter((d) => !docSet || docSet.has(d.id));
  const codeInfo = describeCodes(snapshot.codes);
  const codes = sortCodeTree(snapshot.codes).filter((c) => !codeSet || codeSet.has(c.id));
  const docRank = new Map(documents.map((d, i) => [d.id, i]));
  const codeRank = new Map(codes.map((c, i) => [c.id, i]));
  const annotations = snapshot.annotations
    .filter((a) => docRank.has(a.docId) && codeRank.has(a.codeId) && (!coderSet || coderSet.has(a.coder)))
    .sort(
      (a, b) =>
        docRank.get(a.docId)! - docRank.get(b.docId)! ||
        a.start - b.start ||
        a.end - b.end ||
        codeRank.get(a.codeId)! - codeRank.get(b.codeId)!,
    );
  return { snapshot, documents, codes, annotations, codeInfo };
}
