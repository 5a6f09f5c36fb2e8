/**
 * The app's one database (IndexedDB through Dexie). This folder is the only place
 * that imports Dexie; everything else uses the repository functions beside it.
 *
 * Schema versions are append-only. To change the schema, add a new block below
 * the last one and never edit a version that has shipped:
 *
 *   this.version(N)
 *     .stores({ annotations: 'id, projectId, docId, codeId, [docId+codeId], coder' })
 *     .upgrade((tx) => tx.table('annotations').toCollection().modify((a) => { a.coder ??= ''; }));
 *
 * Only the changed stores need listing; `null` deletes a store. Rows written by an
 * older version are normalised in the upgrade function, not at read time.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Annotation,
  Code,
  CustomVariable,
  DocumentContent,
  DocumentRecord,
  Memo,
  Project,
  Resolution,
  SourceFile,
  SuggestionDecision,
} from '../../../shared/model/project';
import type { PlanLink } from '../../../shared/plans/links';
import { projectBandKeys } from '../../../shared/import/same-report';
import { fingerprintOlderDocuments } from './fingerprint-upgrade';

export const DB_NAME = 'fazhi-coder';

/** An import in progress (deleted when it finishes or the user discards it). */
export interface ImportJobRow {
  id: string;
  projectId: string;
  /** What was picked, for the offer to continue (a folder name, or the first file's name). */
  source: string;
  /** Whether a folder was picked (the offer asks for the folder again) or files. */
  folder: boolean;
  total: number;
  startedAt: string;
  /**
   * The folder was still being walked when the job was listed: its files are recorded page by
   * page, so a file the queue does not know is one the walk had not reached (import it on resume).
   */
  listing?: boolean;
}

/** One file of an import job; `done` is 1 once it was stored, set aside or failed (0/1: IndexedDB indexes no booleans). */
export interface ImportQueueRow {
  jobId: string;
  /** The file's identity across picks: its path in the pick and its size. */
  key: string;
  done: 0 | 1;
}

/**
 * One command in a project's change log: the Plan it committed (rows written, keys
 * removed) and the rows as they were before, so the step can be undone after a
 * reload. `state`: 'done' (undoable) or 'undone' (redoable). The log is undo history
 * only: an undone step a new command replaced, and a step beyond the last 500, are
 * deleted (storage/changes.ts pruneHistory); 'dropped' and 'settled' are states
 * earlier versions kept such rows in, pruned on the project's next step.
 */
export interface ChangeRow {
  /** Auto-incremented: the order steps were committed in, across projects. */
  seq?: number;
  projectId: string;
  name: string;
  label: { zh: string; en: string };
  plan: Partial<Record<string, { put?: readonly object[]; remove?: readonly string[]; add?: readonly object[] }>>;
  before: { table: string; key: string; row: object | null }[];
  state: 'done' | 'undone' | 'dropped' | 'settled';
  /** When it was applied, and when it was last undone or redone. */
  at: string;
  changedAt: string;
  /** A big step's Plan and rows-before live in this many `changeParts` rows (plan and before are then empty here). */
  parts?: number;
}

/** A slice of a big step's payload (storage/changes.ts): rows of one table's plan, or rows-before. */
export interface ChangePartRow {
  seq: number;
  part: number;
  table?: string;
  put?: readonly object[];
  remove?: readonly string[];
  add?: readonly object[];
  before?: { table: string; key: string; row: object | null }[];
}

export interface PrefRow {
  key: string;
  value: unknown;
}

export class FazhiDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  contents!: Table<DocumentContent, string>;
  files!: Table<SourceFile, string>;
  codes!: EntityTable<Code, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  memos!: EntityTable<Memo, 'id'>;
  decisions!: EntityTable<SuggestionDecision, 'id'>;
  prefs!: Table<PrefRow, string>;
  importJobs!: EntityTable<ImportJobRow, 'id'>;
  importQueue!: Table<ImportQueueRow, [string, string]>;
  planLinks!: EntityTable<PlanLink, 'id'>;
  variables!: EntityTable<CustomVariable, 'id'>;
  resolutions!: EntityTable<Resolution, 'id'>;
  changes!: Table<ChangeRow, number>;
  changeParts!: Table<ChangePartRow, [number, number]>;

  constructor(name: string = DB_NAME) {
    // 'strict' makes Chrome flush a transaction to disk before reporting it committed,
    // so a coded segment the UI shows as saved survives a crash or power loss.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      projects: 'id, name',
      documents: 'id, projectId, [projectId+sha256Text], [projectId+addedAt]',
      contents: 'docId',
      files: 'docId',
      codes: 'id, projectId, parentId',
      annotations: 'id, projectId, docId, codeId, [docId+codeId]',
      memos: 'id, projectId, [targetType+targetId]',
      decisions: 'id, docId',
      prefs: 'key',
    });
    // v2: the change log (every command's Plan, committed in the same transaction; undo survives a reload).
    this.version(2).stores({ changes: '++seq, projectId, [projectId+state+seq]' });
    // v3 (w09): documents are indexed by their fingerprint's keys, to find the same report in another file.
    this.version(3).stores({
      documents: 'id, projectId, [projectId+sha256Text], [projectId+addedAt], *nearKeys',
    });
    // v4: the resumable import queue (an import interrupted by closing the app is offered again).
    this.version(4).stores({
      importJobs: 'id, projectId',
      importQueue: '[jobId+key], [jobId+done]',
    });
    // v5: the researcher's decisions on plan → next year's measure pairs (one per plan item).
    this.version(5).stores({ planLinks: 'id, projectId, planDocId, measureDocId' });
    // v6: a project's own document variables (their values live on the document rows).
    this.version(6).stores({
      variables: 'id, projectId',
    });
    // v9 (w09): documents imported before v3 have no fingerprint and were never found as the same
    // report; give them one from their stored text (no index changes: v16's upgrade indexes them).
    this.version(9)
      .stores({})
      .upgrade((tx) => fingerprintOlderDocuments(tx));
    // v11 (w11): a big step's change-log payload in parts, written and read a part at a time.
    this.version(11).stores({ changeParts: '[seq+part]' });
    // v16 (w16): the same-report index is per project — `bands` are the fingerprint's band keys hashed
    // with the project's id (short keys, a lookup meets only the project's documents); `nearKeys`
    // (shared across projects, long keys) is no longer indexed or kept.
    this.version(16)
      .stores({ documents: 'id, projectId, [projectId+sha256Text], [projectId+addedAt], *bands' })
      .upgrade((tx) =>
        tx
          .table<DocumentRecord, string>('documents')
          .toCollection()
          .modify((d) => {
            delete d.nearKeys;
            if (d.fingerprint?.length) d.bands = projectBandKeys(d.projectId, d.fingerprint);
          }),
      );
    // v18 (w12): the resolve view's decisions (a 'neither' leaves no consensus coding to show it).
    // Numbered after v16 so a database already at v16 still gets the table.
    this.version(18).stores({ resolutions: 'id, projectId, docId, codeId' });
  }
}

/** Names of the tables, for transactions that list what they touch. */
export type TableName =
  | 'projects'
  | 'documents'
  | 'contents'
  | 'files'
  | 'codes'
  | 'annotations'
  | 'memos'
  | 'decisions'
  | 'prefs'
  | 'importJobs'
  | 'importQueue'
  | 'planLinks'
  | 'variables'
  | 'resolutions'
  | 'changes'
  | 'changeParts';

/** Open a database (a fresh name per test gives an isolated db). */
export async function openDb(name: string = DB_NAME): Promise<FazhiDb> {
  const db = new FazhiDb(name);
  await db.open();
  return db;
}
