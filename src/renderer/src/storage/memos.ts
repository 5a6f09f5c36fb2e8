/** Memos on the project, a document or a code. */
import type { Memo } from '../../../shared/model/project';
import type { FazhiDb } from './db';

export async function listMemos(db: FazhiDb, projectId: string): Promise<Memo[]> {
  return db.memos.where('projectId').equals(projectId).toArray();
}

/** The memo on one target (`targetId` null: the project memo). */
export async function getMemoFor(
  db: FazhiDb,
  projectId: string,
  targetType: Memo['targetType'],
  targetId: string | null,
): Promise<Memo | undefined> {
  if (targetId === null) {
    // null is not a valid IndexedDB key, so project memos are not in the compound index.
    return db.memos
      .where('projectId')
      .equals(projectId)
      .filter((m) => m.targetType === targetType && m.targetId === null)
      .first();
  }
  return db.memos.where('[targetType+targetId]').equals([targetType, targetId]).first();
}

/** Every memo on one document or code. */
export async function memosOn(db: FazhiDb, targetType: 'document' | 'code', targetId: string): Promise<Memo[]> {
  return db.memos.where('[targetType+targetId]').equals([targetType, targetId]).toArray();
}
