/**
 * The last import's summary, kept so the user can reopen it later (and import
 * duplicates anyway). A tiny external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import type { ImportSummary } from './run-import';

type Listener = () => void;

export interface SummaryStore {
  get(): ImportSummary | null;
  set(summary: ImportSummary | null): void;
  subscribe(listener: Listener): () => void;
}

export function createSummaryStore(): SummaryStore {
  let current: ImportSummary | null = null;
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    set(summary) {
      current = summary;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's store of the last import summary. */
export const lastImportSummary = createSummaryStore();

export function useLastImportSummary(store: SummaryStore = lastImportSummary): ImportSummary | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
