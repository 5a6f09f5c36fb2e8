/**
 * What the corpus views keep while the user goes to a document and back: the
 * retrieval filter and the matrix cell it came from, and the coded segments read
 * by the worker (with their sections).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { DEFAULT_FILTER, type RetrievalFilter, type RetrievedSegment } from '../features/retrieval';
import { searchClient } from './search-store';

interface CorpusState {
  filter: RetrievalFilter;
  cellDocIds: string[] | null;
}

let state: CorpusState = { filter: DEFAULT_FILTER, cellDocIds: null };
const listeners = new Set<() => void>();

export function setCorpusState(next: Partial<CorpusState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export function useCorpusState(): CorpusState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/**
 * The project's coded segments with their sections, read again whenever `countsKey`
 * changes; not read while `enabled` is false (the search view needs none).
 */
export function useSegmentRows(projectId: string, countsKey: object, enabled: boolean): RetrievedSegment[] | undefined {
  const [rows, setRows] = useState<{ projectId: string; rows: RetrievedSegment[] } | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void searchClient()
      .segments(projectId, null)
      .then((r) => live && setRows({ projectId, rows: r }));
    return () => {
      live = false;
    };
  }, [projectId, countsKey, enabled]);
  return rows?.projectId === projectId ? rows.rows : undefined;
}
