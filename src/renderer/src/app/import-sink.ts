/** Where the import runner stores what the host parsed: the current project's documents. */
import type { ImportSink } from '../features/import/run-import';
import type { FazhiDb } from '../storage/db';
import { findDuplicate, storeImported } from '../storage/documents';

export function projectSink(db: FazhiDb, projectId: string): ImportSink {
  return {
    async findDuplicate(sha256Text) {
      const doc = await findDuplicate(db, projectId, sha256Text);
      return doc ? { docId: doc.id, title: doc.title } : null;
    },
    async store(parsed, bytes) {
      const record = await storeImported(db, projectId, parsed, bytes);
      return { docId: record.id };
    },
  };
}
