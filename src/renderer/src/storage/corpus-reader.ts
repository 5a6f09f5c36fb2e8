/**
 * Reading a project's texts and codings in chunks, for the search worker (which
 * opens its own connection to the same database): a 3,000-report project is
 * never held in memory whole.
 */
import type { Annotation, DocumentContent } from '../../../shared/model/project';
import type { FazhiDb } from './db';

/** Calls `each` with the contents of `docIds` in order, `size` at a time; stops when it returns false. */
export async function forEachContentChunk(
  db: FazhiDb,
  docIds: readonly string[],
  size: number,
  each: (contents: DocumentContent[]) => boolean | Promise<boolean>,
): Promise<void> {
  for (let i = 0; i < docIds.length; i += size) {
    const rows = await db.contents.bulkGet(docIds.slice(i, i + size));
    const present = rows.filter((r): r is DocumentContent => r !== undefined);
    if (!(await each(present))) return;
  }
}

/** The contents of `docIds`, in order (undefined where a document is gone). */
export async function readContents(db: FazhiDb, docIds: readonly string[]): Promise<(DocumentContent | undefined)[]> {
  return db.contents.bulkGet([...docIds]);
}

/** A code's current codings (to keep autocoding from duplicating one). */
export async function codeAnnotations(db: FazhiDb, codeId: string): Promise<Annotation[]> {
  return db.annotations.where('codeId').equals(codeId).toArray();
}

/** A project's codings. */
export async function projectAnnotations(db: FazhiDb, projectId: string): Promise<Annotation[]> {
  return db.annotations.where('projectId').equals(projectId).toArray();
}
