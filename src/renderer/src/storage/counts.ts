/** Coded-segment counts of a project, per document (library) and per code (codebook). */
import { useCallback, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FazhiDb } from './db';
import { getDb } from './instance';

export interface ProjectCounts {
  byDoc: Record<string, number>;
  byCode: Record<string, number>;
}

/**
 * Counted from index keys only (IndexedDB hands back keys without reading a row):
 * the project's document ids, and the [docId+codeId] key of every annotation.
 * One pass, cheap enough to re-run after every commit and after every document an
 * import stores (a count query per document made an import of 300 reports quadratic).
 */
export async function countProjectAnnotations(db: FazhiDb, projectId: string): Promise<ProjectCounts> {
  const [docIds, keys] = await Promise.all([
    db.documents.where('projectId').equals(projectId).primaryKeys(),
    db.annotations.orderBy('[docId+codeId]').keys(),
  ]);
  const inProject = new Set(docIds);
  const counts: ProjectCounts = { byDoc: {}, byCode: {} };
  for (const key of keys) {
    const [docId, codeId] = key as unknown as [string, string];
    if (!inProject.has(docId)) continue;
    counts.byDoc[docId] = (counts.byDoc[docId] ?? 0) + 1;
    counts.byCode[codeId] = (counts.byCode[codeId] ?? 0) + 1;
  }
  return counts;
}

const EMPTY: ProjectCounts = { byDoc: {}, byCode: {} };

/** One live query per project, shared by every component showing its counts (the library and the codebook). */
interface SharedCounts {
  value: ProjectCounts;
  listeners: Set<() => void>;
  stop: (() => void) | null;
}
const shared = new Map<string, SharedCounts>();

function sharedCounts(projectId: string): SharedCounts {
  let s = shared.get(projectId);
  if (!s) shared.set(projectId, (s = { value: EMPTY, listeners: new Set(), stop: null }));
  return s;
}

function subscribeCounts(projectId: string, listener: () => void): () => void {
  const s = sharedCounts(projectId);
  s.listeners.add(listener);
  if (!s.stop) {
    const sub = liveQuery(() => countProjectAnnotations(getDb(), projectId)).subscribe({
      next: (value) => {
        s.value = value;
        for (const l of s.listeners) l();
      },
      error: (e: unknown) => console.error(e),
    });
    s.stop = () => sub.unsubscribe();
  }
  return () => {
    s.listeners.delete(listener);
    if (s.listeners.size === 0) {
      s.stop?.();
      s.stop = null;
    }
  };
}

export function useProjectCounts(projectId: string | null): ProjectCounts {
  const subscribe = useCallback(
    (listener: () => void) => (projectId ? subscribeCounts(projectId, listener) : () => undefined),
    [projectId],
  );
  const get = useCallback(() => (projectId ? sharedCounts(projectId).value : EMPTY), [projectId]);
  return useSyncExternalStore(subscribe, get, get);
}

/** Documents per project id, for the project menu and its delete confirmation. */
export function useDocumentCountsByProject(): Record<string, number> {
  return useLiveQuery(
    async () => {
      // Index keys only: no document row is read.
      const counts: Record<string, number> = {};
      for (const key of await getDb().documents.orderBy('projectId').keys()) {
        const projectId = String(key);
        counts[projectId] = (counts[projectId] ?? 0) + 1;
      }
      return counts;
    },
    [],
    {},
  );
}
