/**
 * Live data for React: each hook re-renders when the rows it read change
 * (dexie-react-hooks observes the queries). `undefined` while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Annotation,
  Code,
  DocumentContent,
  DocumentRecord,
  Project,
  SuggestionDecision,
} from '../../../shared/model/project';
import { countAnnotationsByDocument, listAnnotations, listCoders } from './annotations';
import { listCodes } from './codes';
import { listDecisions } from './decisions';
import { getContent, listDocuments } from './documents';
import { getDb } from './instance';
import { DEFAULT_PREFS, getPref, type PrefKey, type Prefs } from './prefs';
import { listProjects } from './projects';

export function useProjects(): Project[] | undefined {
  return useLiveQuery(() => listProjects(getDb()), []);
}

export function useDocuments(projectId: string | null): DocumentRecord[] | undefined {
  return useLiveQuery(() => (projectId ? listDocuments(getDb(), projectId) : []), [projectId]);
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
