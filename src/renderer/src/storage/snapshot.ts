/** A whole project in memory (backup, export) and back into the database (restore). */
import type { ProjectSnapshot } from '../../../shared/model/project';
import { sortCodeTree } from '../../../shared/codebook/tree';
import type { FazhiDb } from './db';
import { rekeySnapshot } from './rekey';
import { newId as defaultNewId, type StorageResult } from './util';

export async function loadSnapshot(db: FazhiDb, projectId: string): Promise<ProjectSnapshot> {
  return db.transaction(
    'r',
    [db.projects, db.documents, db.contents, db.files, db.codes, db.annotations, db.memos, db.decisions],
    async () => {
      const project = await db.projects.get(projectId);
      if (!project) throw new Error(`No project with id ${projectId}.`);
      const documents = await db.documents
        .where('[projectId+addedAt]')
        .between([projectId, ''], [projectId, '\uffff'])
        .toArray();
      const docIds = documents.map((d) => d.id);
      const docIndex = new Map(docIds.map((id, i) => [id, i]));
      const [contents, files, codes, annotations, memos, decisions] = await Promise.all([
        db.contents.bulkGet(docIds),
        db.files.bulkGet(docIds),
        db.codes.where('projectId').equals(projectId).toArray(),
        db.annotations.where('projectId').equals(projectId).toArray(),
        db.memos.where('projectId').equals(projectId).toArray(),
        db.decisions.where('docId').anyOf(docIds).toArray(),
      ]);
      return {
        project,
        documents,
        contents: contents.filter((c) => c !== undefined),
        files: files.filter((f) => f !== undefined),
        // Tree order and text order make snapshots (and exports built from them) deterministic.
        codes: sortCodeTree(codes),
        annotations: annotations.sort(
          (a, b) => docIndex.get(a.docId)! - docIndex.get(b.docId)! || a.start - b.start || a.end - b.end,
        ),
        memos,
        decisions,
      };
    },
  );
}

/** Checks that every reference in the snapshot points at a row it holds. */
export function checkSnapshot(s: ProjectSnapshot): string[] {
  const problems: string[] = [];
  const docs = new Set(s.documents.map((d) => d.id));
  const codes = new Set(s.codes.map((c) => c.id));
  for (const c of s.contents) if (!docs.has(c.docId)) problems.push(`content of unknown document ${c.docId}`);
  for (const f of s.files) if (!docs.has(f.docId)) problems.push(`file of unknown document ${f.docId}`);
  for (const c of s.codes)
    if (c.parentId !== null && !codes.has(c.parentId)) problems.push(`code ${c.id} has unknown parent ${c.parentId}`);
  for (const a of s.annotations)
    if (!docs.has(a.docId) || !codes.has(a.codeId)) problems.push(`annotation ${a.id} refers to a missing row`);
  for (const d of s.decisions) if (!docs.has(d.docId)) problems.push(`decision ${d.id} of unknown document`);
  return problems;
}

/**
 * Writes a snapshot back, all or nothing. Never overwrites: if the project (or any
 * of its rows) already exists, this is an error unless `asNewProject`, which gives
 * every row a fresh id. Returns the id of the restored project.
 */
export async function restoreSnapshot(
  db: FazhiDb,
  snapshot: ProjectSnapshot,
  opts: { asNewProject: boolean; newId?: () => string },
): Promise<StorageResult<{ projectId: string }>> {
  const problems = checkSnapshot(snapshot);
  if (problems.length > 0) {
    return {
      ok: false,
      error: { code: 'invalid', message: `The backup is inconsistent: ${problems.slice(0, 3).join('; ')}.` },
    };
  }
  const s = opts.asNewProject ? rekeySnapshot(snapshot, opts.newId ?? defaultNewId) : snapshot;
  const tables = [db.projects, db.documents, db.contents, db.files, db.codes, db.annotations, db.memos, db.decisions];
  return db.transaction('rw', tables, async (): Promise<StorageResult<{ projectId: string }>> => {
    if (!opts.asNewProject) {
      const clash =
        (await db.projects.get(s.project.id)) !== undefined ||
        (await db.documents.bulkGet(s.documents.map((d) => d.id))).some(Boolean) ||
        (await db.codes.bulkGet(s.codes.map((c) => c.id))).some(Boolean) ||
        (await db.annotations.bulkGet(s.annotations.map((a) => a.id))).some(Boolean);
      if (clash) {
        return {
          ok: false,
          error: {
            code: 'exists',
            message: `Project "${s.project.name}" is already in the database; restore it as a new project.`,
          },
        };
      }
    }
    await db.projects.add(s.project);
    await db.documents.bulkAdd(s.documents);
    await db.contents.bulkAdd(s.contents);
    await db.files.bulkAdd(s.files);
    await db.codes.bulkAdd(s.codes);
    await db.annotations.bulkAdd(s.annotations);
    await db.memos.bulkAdd(s.memos);
    await db.decisions.bulkAdd(s.decisions);
    return { ok: true, value: { projectId: s.project.id } };
  });
}
