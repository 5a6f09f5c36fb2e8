/**
 * The rows that could depend on documents, codes or a project, read by index (keys
 * and links only), for the core's cascade rules (shared/project/cascades.ts).
 */
import type { Dependents } from '../../../shared/project/cascades';
import type { FazhiDb } from './db';

/** What hangs off these documents: text, file, coded segments, rejected suggestions, document memos. */
export async function documentDependents(db: FazhiDb, docIds: readonly string[]): Promise<Omit<Dependents, 'codes'>> {
  const ids = [...docIds];
  const [contents, files, annotations, decisions, memos] = await Promise.all([
    db.contents.where('docId').anyOf(ids).primaryKeys(),
    db.files.where('docId').anyOf(ids).primaryKeys(),
    db.annotations.where('docId').anyOf(ids).toArray(),
    db.decisions.where('docId').anyOf(ids).toArray(),
    db.memos
      .where('[targetType+targetId]')
      .anyOf(ids.map((id) => ['document', id]))
      .toArray(),
  ]);
  return {
    contents,
    files,
    annotations: annotations.map((a) => ({ id: a.id, docId: a.docId, codeId: a.codeId })),
    decisions: decisions.map((d) => ({ id: d.id, docId: d.docId })),
    memos: memos.map((m) => ({ id: m.id, targetType: m.targetType, targetId: m.targetId })),
  };
}

/** What could hang off the project's codes: the codes themselves, segments with these codes, code memos. */
export async function codeDependents(
  db: FazhiDb,
  projectId: string,
  codeIds: readonly string[],
): Promise<Pick<Dependents, 'codes' | 'annotations' | 'memos'>> {
  const [codes, annotations, memos] = await Promise.all([
    db.codes.where('projectId').equals(projectId).toArray(),
    db.annotations
      .where('codeId')
      .anyOf([...codeIds])
      .toArray(),
    db.memos.where('projectId').equals(projectId).toArray(),
  ]);
  return {
    codes: codes.map((c) => ({ id: c.id, parentId: c.parentId })),
    annotations: annotations.map((a) => ({ id: a.id, docId: a.docId, codeId: a.codeId })),
    memos: memos.map((m) => ({ id: m.id, targetType: m.targetType, targetId: m.targetId })),
  };
}

/** Every row of a project (keys and links). */
export async function projectDependents(db: FazhiDb, projectId: string): Promise<Dependents & { documents: string[] }> {
  const documents: string[] = await db.documents.where('projectId').equals(projectId).primaryKeys();
  const [docs, codes] = await Promise.all([documentDependents(db, documents), codeDependents(db, projectId, [])]);
  const annotations = await db.annotations.where('projectId').equals(projectId).toArray();
  return {
    ...docs,
    documents,
    codes: codes.codes,
    memos: codes.memos,
    annotations: annotations.map((a) => ({ id: a.id, docId: a.docId, codeId: a.codeId })),
  };
}
