/** The storage API (see README.md). The only module that imports Dexie is this folder. */
export { DB_NAME, FazhiDb, openDb, type PrefRow, type TableName } from './db';
export { getDb, setDb } from './instance';
export { createProject, deleteProject, getProject, listProjects, renameProject, touchProject } from './projects';
export { findDuplicate, getContent, getDocument, getSourceFile, listDocuments, storeImported } from './documents';
export {
  isIsoDate,
  validateMetaPatch,
  type MetaFieldError,
  type MetaPatch,
  type MetaValidators,
} from './document-meta';
export { getCode, listCodes } from './codes';
export {
  countAnnotationsByDocument,
  listAnnotations,
  listCodeAnnotations,
  listProjectAnnotations,
} from './annotations';
export { getMemoFor, listMemos } from './memos';
export { listDecisions } from './decisions';
export { DEFAULT_PREFS, getPref, setPref, type PrefKey, type Prefs } from './prefs';
export { checkSnapshot, loadSnapshot, restoreSnapshot } from './snapshot';
export { runInTransaction } from './transaction';
export type { StorageError, StorageResult } from './util';
export {
  useAnnotations,
  useCodes,
  useDecisions,
  useDocumentContent,
  useDocuments,
  useProjectAnnotationCounts,
  useProjects,
  usePref,
} from './hooks';
