/**
 * Where the import runner stores what the host parsed: the current project's
 * documents, in batched transactions; with a job id, each file is also marked
 * done in the resumable import queue, in the transaction that stores its document.
 */
import type { ImportSink } from '../features/import/run-import';
import type { FazhiDb } from '../storage/db';
import { findDuplicate, storeImported, storeImportedMany } from '../storage/documents';
import { SameReportLookup } from '../storage/same-report-lookup';
import { markQueuedDone } from '../storage/import-queue';

export function projectSink(db: FazhiDb, projectId: string, jobId?: string): ImportSink {
  // One per import: each band's documents are read from the index once, not once per file.
  const sameReport = new SameReportLookup(db, projectId);
  return {
    async findDuplicate(sha256Text) {
      const doc = await findDuplicate(db, projectId, sha256Text);
      // A copy of a copy is a copy of the primary document.
      return doc ? { docId: doc.copyOf ?? doc.id, title: doc.title } : null;
    },
    async findSameReport(parsed) {
      const doc = await sameReport.find(parsed.fingerprint);
      return doc ? { docId: doc.id, title: doc.title } : null;
    },
    async store(parsed, bytes, opts) {
      const record = await storeImported(db, projectId, parsed, bytes, { copyOf: opts?.copyOf });
      sameReport.added([record]);
      return { docId: record.id };
    },
    async storeMany(items) {
      const queue = jobId ? { jobId, keys: items.map((i) => i.key) } : undefined;
      const records = await storeImportedMany(db, projectId, items, queue);
      sameReport.added(records);
      return records.map((r) => ({ docId: r.id }));
    },
    async settle(keys) {
      if (jobId) await markQueuedDone(db, jobId, keys);
    },
  };
}
