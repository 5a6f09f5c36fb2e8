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
 * Counted on the indexes (IndexedDB counts keys without reading a row): one count
 * per document and per code of the project, instead of a cursor over every
 * annotation, which re-ran in full after each coded passage.
 */
export async function countProjectAnnotations(db: FazhiDb, projectId: string): Promise<ProjectCounts> {
  const [docIds, codeIds] = await Promise.all([
    db.documents.where('projectId').equals(projectId).primaryKeys(),
    db.codes.where('projectId').equals(projectId).primaryKeys(),
  ]);
  const [perDoc, perCode] = await Promise.all([
    Promise.all(docIds.map((id) => db.annotations.where('docId').equals(id).count())),
    Promise.all(codeIds.map((id) => db.annotations.where('codeId').equals(id).count())),
  ]);
  const counts: ProjectCounts = { byDoc: {}, byCode: {} };
  docIds.forEach((id, i) => {
    if (perDoc[i]) counts.byDoc[id] = perDoc[i];
  });
  codeIds.forEach((id, i) => {
    if (perCode[i]) counts.byCode[id] = perCode[i];
  });
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
      const counts: Record<string, number> = {};
      await getDb().documents.each((d) => {
        counts[d.projectId] = (counts[d.projectId] ?? 0) + 1;
      });
      return counts;
    },
    [],
    {},
  );
}
