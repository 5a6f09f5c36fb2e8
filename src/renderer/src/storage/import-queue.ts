/**
 * The resumable import queue: every file of an import is listed when it starts
 * and marked done in the same transaction that stores its document (or once it
 * was set aside or failed). Closing the app mid-import therefore loses nothing
 * stored, and the files still pending are exactly those not imported yet.
 */
import { Dexie } from 'dexie';
import type { FazhiDb, ImportJobRow, ImportQueueRow } from './db';
import { runInTransaction } from './transaction';
import { newId, nowIso } from './util';

export interface NewImportJob {
  projectId: string;
  source: string;
  folder: boolean;
  /** The file keys (see `fileKey`), one per picked file (the first page, for a folder still being walked). */
  keys: readonly string[];
  /** More files come page by page (`addImportJobKeys`). */
  listing?: boolean;
}

/** Lists a new import's files as pending; returns its id. */
export async function createImportJob(db: FazhiDb, job: NewImportJob): Promise<string> {
  const id = newId();
  const row: ImportJobRow = {
    id,
    projectId: job.projectId,
    source: job.source,
    folder: job.folder,
    total: job.keys.length,
    startedAt: nowIso(),
  };
  if (job.listing) row.listing = true;
  const rows = [...new Set(job.keys)].map((key): ImportQueueRow => ({ jobId: id, key, done: 0 }));
  await runInTransaction(db, ['importJobs', 'importQueue'], async (tx) => {
    await tx.importJobs.add(row);
    await tx.importQueue.bulkPut(rows);
  });
  return id;
}

/** Lists a further page of a job's files as pending (keys it already has keep their state). */
export async function addImportJobKeys(db: FazhiDb, jobId: string, keys: readonly string[]): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  await runInTransaction(db, ['importJobs', 'importQueue'], async (tx) => {
    const have = await tx.importQueue.bulkGet(unique.map((key): [string, string] => [jobId, key]));
    const rows = unique.filter((_, i) => !have[i]).map((key): ImportQueueRow => ({ jobId, key, done: 0 }));
    await tx.importQueue.bulkPut(rows);
    const job = await tx.importJobs.get(jobId);
    if (job) await tx.importJobs.update(jobId, { total: job.total + rows.length });
  });
}

/** Marks files of a job done; call inside the transaction that stores their documents to make it exactly once. */
export async function markQueued(db: FazhiDb, jobId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.importQueue.bulkPut(keys.map((key): ImportQueueRow => ({ jobId, key, done: 1 })));
}

export async function markQueuedDone(db: FazhiDb, jobId: string, keys: readonly string[]): Promise<void> {
  await runInTransaction(db, ['importQueue'], (tx) => markQueued(tx, jobId, keys));
}

export interface UnfinishedImport {
  job: ImportJobRow;
  /** Files not imported yet. */
  left: number;
}

/** Imports that were interrupted (the app closed mid-import), newest first; counted from the index only. */
export async function unfinishedImports(db: FazhiDb): Promise<UnfinishedImport[]> {
  const jobs = await db.importJobs.toArray();
  const out: UnfinishedImport[] = [];
  for (const job of jobs) {
    const left = await db.importQueue.where('[jobId+done]').equals([job.id, 0]).count();
    out.push({ job, left });
  }
  return out.sort((a, b) => b.job.startedAt.localeCompare(a.job.startedAt));
}

/** The keys of a job's files still pending. */
export async function pendingKeys(db: FazhiDb, jobId: string): Promise<Set<string>> {
  const keys = await db.importQueue.where('[jobId+done]').equals([jobId, 0]).primaryKeys();
  return new Set(keys.map((k) => k[1]));
}

/**
 * Which of the files picked again for a job to import: those pending, and, for a job whose
 * folder walk had not ended, those it never listed.
 */
export async function filesToResume(db: FazhiDb, job: ImportJobRow): Promise<(key: string) => boolean> {
  const pending = await pendingKeys(db, job.id);
  if (!job.listing) return (key) => pending.has(key);
  const all = await db.importQueue
    .where('[jobId+key]')
    .between([job.id, Dexie.minKey], [job.id, Dexie.maxKey])
    .primaryKeys();
  const known = new Set(all.map((k) => k[1]));
  return (key) => pending.has(key) || !known.has(key);
}

/** Forgets a job (finished, cancelled or discarded). */
export async function deleteImportJob(db: FazhiDb, jobId: string): Promise<void> {
  await runInTransaction(db, ['importJobs', 'importQueue'], async (tx) => {
    await tx.importQueue.where('[jobId+key]').between([jobId, Dexie.minKey], [jobId, Dexie.maxKey]).delete();
    await tx.importJobs.delete(jobId);
  });
}

/** A deleted project's unfinished imports go with it (call inside the delete's transaction). */
export async function deleteProjectImports(db: FazhiDb, projectId: string): Promise<void> {
  const jobs = await db.importJobs.where('projectId').equals(projectId).primaryKeys();
  for (const jobId of jobs)
    await db.importQueue.where('[jobId+key]').between([jobId, Dexie.minKey], [jobId, Dexie.maxKey]).delete();
  await db.importJobs.bulkDelete(jobs);
}
