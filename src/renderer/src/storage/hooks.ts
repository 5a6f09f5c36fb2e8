/**
 * Live data for React: each hook re-renders when the rows it read change
 * (dexie-react-hooks observes the queries). `undefined` while loading.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type {
  Annotation,
  Code,
  DocumentContent,
  DocumentRecord,
  Project,
  Resolution,
  SuggestionDecision,
} from '../../../shared/model/project';
import { countAnnotationsByDocument, listAnnotations, listCoders } from './annotations';
import { listCodes } from './codes';
import { listDecisions } from './decisions';
import { listResolutions } from './resolutions';
import { getContent, listDocuments } from './documents';
import { getDb } from './instance';
import { DEFAULT_PREFS, getPref, type PrefKey, type Prefs } from './prefs';
import { listProjects } from './projects';

export function useProjects(): Project[] | undefined {
  return useLiveQuery(() => listProjects(getDb()), []);
}

/** After reading the library rows, wait at least this many times as long before reading them again. */
const LIBRARY_COST_FACTOR = 10;
const LIBRARY_MAX_GAP_MS = 5000;

/**
 * The project's library rows, read again when documents change — at once after
 * a quiet spell (an edit shows immediately), but during a stream of writes (an
 * import storing a batch every second or two) at most once per ten times the
 * read's own cost: reading 3,000 or 30,000 rows after every batch made the page
 * the bottleneck of a crawl import, its rate falling as the library grew.
 */
export function useDocuments(projectId: string | null): DocumentRecord[] | undefined {
  const [state, setState] = useState<{ projectId: string | null; rows: DocumentRecord[] }>();
  useEffect(() => {
    if (!projectId) {
      setState({ projectId, rows: [] });
      return;
    }
    const db = getDb();
    const prefix = `idb://${db.name}/documents/`;
    let stopped = false;
    let running = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let gap = 0;
    let endedAt = -Infinity;
    const run = async (): Promise<void> => {
      running = true;
      again = false;
      const t0 = performance.now();
      try {
        const rows = await listDocuments(db, projectId);
        if (!stopped) setState({ projectId, rows });
      } catch {
        // A closed or deleted database: the next change reads again.
      }
      endedAt = performance.now();
      gap = Math.min(LIBRARY_MAX_GAP_MS, (endedAt - t0) * LIBRARY_COST_FACTOR);
      running = false;
      if (again && !stopped) schedule();
    };
    const schedule = (): void => {
      if (running) {
        again = true;
        return;
      }
      if (timer !== null) return;
      timer = setTimeout(
        () => {
          timer = null;
          void run();
        },
        Math.max(0, endedAt + gap - performance.now()),
      );
    };
    const onMutated = (parts: ObservabilitySet): void => {
      if (Object.keys(parts).some((k) => k.startsWith(prefix))) schedule();
    };
    Dexie.on('storagemutated', onMutated);
    void run();
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [projectId]);
  return state && state.projectId === projectId ? state.rows : undefined;
}

/** `null` once loaded if the document has no content (deleted). */
export function useDocumentContent(docId: string | null): DocumentContent | null | undefined {
  return useLiveQuery(async () => (docId ? ((await getContent(getDb(), docId)) ?? null) : null), [docId]);
}

export function useCodes(projectId: string | null): Code[] | undefined {
  return useLiveQuery(() => (projectId ? listCodes(getDb(), projectId) : []), [projectId]);
}

export function useAnnotations(docId: string | null): Annotation[] | undefined {
  return useLiveQuery(() => (docId ? listAnnotations(getDb(), docId) : []), [docId]);
}

/** Coded segments per document id (absent = 0). */
export function useProjectAnnotationCounts(projectId: string | null): Record<string, number> | undefined {
  return useLiveQuery(async () => (projectId ? countAnnotationsByDocument(getDb(), projectId) : {}), [projectId]);
}

/** The resolve view's decisions on a document (live: undo shows at once). */
export function useResolutions(docId: string | null): Resolution[] | undefined {
  return useLiveQuery(() => (docId ? listResolutions(getDb(), docId) : []), [docId]);
}

export function useDecisions(docId: string | null): SuggestionDecision[] | undefined {
  return useLiveQuery(() => (docId ? listDecisions(getDb(), docId) : []), [docId]);
}

/** The preference's value, its default until loaded. */
export function usePref<K extends PrefKey>(key: K): Prefs[K] {
  return useLiveQuery(() => getPref(getDb(), key), [key], DEFAULT_PREFS[key]);
}

/** The stored preference, `undefined` while it loads: for decisions that must not act on the default. */
export function useStoredPref<K extends PrefKey>(key: K): Prefs[K] | undefined {
  return useLiveQuery(() => getPref(getDb(), key), [key]);
}

/** Everyone who has codings in the project, sorted. */
export function useCoders(projectId: string | null): string[] | undefined {
  return useLiveQuery(() => (projectId ? listCoders(getDb(), projectId) : []), [projectId]);
}
