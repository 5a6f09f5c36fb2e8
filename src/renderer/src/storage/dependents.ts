/**
 * The rows that could depend on documents, codes or a project, read by index (keys
 * and links only), for the core's cascade rules (shared/project/cascades.ts).
 */
import type { DocumentRecord } from '../../../shared/model/project';
import type { Dependents } from '../../../shared/project/cascades';
import type { FazhiDb } from './db';

/**
 * What hangs off these documents: text, file, coded segments, rejected suggestions,
 * document memos, plan → measure decisions, and (unless `copies` is false, as for a
 * whole project, where they all go) the documents kept as their copies.
 */
export async function documentDependents(
  db: FazhiDb,
  docIds: readonly string[],
  opts: { copies?: boolean } = {},
): Promise<Omit<Dependents, 'codes'>> {
  const ids = [...docIds];
  const [contents, files, annotations, decisions, memos, asPlan, asMeasure, copies, resolutions] = await Promise.all([
    db.contents.where('docId').anyOf(ids).primaryKeys(),
    db.files.where('docId').anyOf(ids).primaryKeys(),
    db.annotations.where('docId').anyOf(ids).toArray(),
    db.decisions.where('docId').anyOf(ids).toArray(),
    db.memos
      .where('[targetType+targetId]')
      .anyOf(ids.map((id) => ['document', id]))
      .toArray(),
    db.planLinks.where('planDocId').anyOf(ids).toArray(),
    db.planLinks.where('measureDocId').anyOf(ids).toArray(),
    opts.copies === false ? [] : copiesOf(db, ids),
    db.resolutions.where('docId').anyOf(ids).toArray(),
  ]);
  const planLinks = new Map([...asPlan, ...asMeasure].map((l) => [l.id, l]));
  return {
    contents,
    files,
    annotations: annotations.map((a) => ({ id: a.id, docId: a.docId, codeId: a.codeId })),
    decisions: decisions.map((d) => ({ id: d.id, docId: d.docId })),
    memos: memos.map((m) => ({ id: m.id, targetType: m.targetType, targetId: m.targetId })),
    planLinks: [...planLinks.values()].map((l) => ({ id: l.id, planDocId: l.planDocId, measureDocId: l.measureDocId })),
    copies,
    resolutions: resolutions.map((r) => ({ id: r.id, docId: r.docId, codeId: r.codeId })),
  };
}

/**
 * The documents of the same projects kept as copies of these, oldest first. `copyOf`
 * has no index (copies are few, and a new index on documents would have to restate
 * the whole store), so this walks the projects' rows: only a delete asks it.
 */
async function copiesOf(db: FazhiDb, ids: readonly string[]): Promise<Pick<DocumentRecord, 'id' | 'copyOf'>[]> {
  const going = new Set(ids);
  const projects = new Set((await db.documents.bulkGet([...ids])).flatMap((d) => (d ? [d.projectId] : [])));
  const copies = await db.documents
    .where('projectId')
    .anyOf([...projects])
    .filter((d) => typeof d.copyOf === 'string' && going.has(d.copyOf))
    .toArray();
  return copies
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id))
    .map((d) => ({ id: d.id, copyOf: d.copyOf ?? null }));
}

/** What could hang off the project's codes: the codes themselves, segments with these codes, code memos. */
export async function codeDependents(
  db: FazhiDb,
  projectId: string,
  codeIds: readonly string[],
): Promise<Pick<Dependents, 'codes' | 'annotations' | 'memos' | 'resolutions'>> {
  const [codes, annotations, memos, resolutions] = await Promise.all([
    db.codes.where('projectId').equals(projectId).toArray(),
    db.annotations
      .where('codeId')
      .anyOf([...codeIds])
      .toArray(),
    db.memos.where('projectId').equals(projectId).toArray(),
    db.resolutions.where('projectId').equals(projectId).toArray(),
  ]);
  return {
    resolutions: resolutions.map((r) => ({ id: r.id, docId: r.docId, codeId: r.codeId })),
    codes: codes.map((c) => ({ id: c.id, parentId: c.parentId })),
    annotations: annotations.map((a) => ({ id: a.id, docId: a.docId, codeId: a.codeId })),
    memos: memos.map((m) => ({ id: m.id, targetType: m.targetType, targetId: m.targetId })),
  };
}

/** Every row of a project (keys and links). */
export async function projectDependents(
  db: FazhiDb,
  projectId: string,
): Promise<Dependents & { documents: string[]; variables: string[] }> {
  const documents: string[] = await db.documents.where('projectId').equals(projectId).primaryKeys();
  const [docs, codes, annotations, planLinks, variables] = await Promise.all([
    documentDependents(db, documents, { copies: false }),
    codeDependents(db, projectId, []),
    db.annotations.where('projectId').equals(projectId).toArray(),
    db.planLinks.where('projectId').equals(projectId).toArray(),
    db.variables.where('projectId').equals(projectId).primaryKeys(),
  ]);
  return {
    ...docs,
    documents,
    codes: codes.codes,
    memos: codes.memos,
    annotations: annotations.map((a) => ({ id: a.id, docId: a.docId, codeId: a.codeId })),
    planLinks: planLinks.map((l) => ({ id: l.id, planDocId: l.planDocId, measureDocId: l.measureDocId })),
    variables,
  };
}
