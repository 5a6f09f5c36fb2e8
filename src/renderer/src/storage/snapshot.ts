/** A whole project in memory (backup, export) and back into the database (restore). */
import { sortCodeTree } from '../../../shared/codebook/tree';
import type { FazhiDb, TableName } from './db';
import { runInTransaction } from './transaction';
import { withBands } from './documents';
import { withFreshIds } from '../../../shared/backup/fresh-ids';
import { REMOVAL_TABLES } from '../../../shared/project/cascades';
import { checkSnapshot } from '../../../shared/project/snapshot';
import { newId as defaultNewId, type StorageResult } from './util';
import { reportFingerprint } from '../../../shared/import/same-report';
import type { DocumentContent, DocumentRecord, ProjectSnapshot, SourceFile } from '../../../shared/model/project';

/** The tables a project's rows live in: the ones its delete cascade empties. */
const PROJECT_TABLES: readonly TableName[] = REMOVAL_TABLES;

/**
 * The project's rows. `texts: false` leaves out the texts and source files (`contents` and
 * `files` come back empty): what an export built from the rows alone reads, so a library of
 * 30,000 reports is not read whole into memory for a documents table.
 */
export async function loadSnapshot(
  db: FazhiDb,
  projectId: string,
  opts: { texts?: boolean } = {},
): Promise<ProjectSnapshot> {
  const texts = opts.texts ?? true;
  return runInTransaction(
    db,
    PROJECT_TABLES,
    async (tx) => {
      const project = await tx.projects.get(projectId);
      if (!project) throw new Error(`No project with id ${projectId}.`);
      const documents = await tx.documents
        .where('[projectId+addedAt]')
        .between([projectId, ''], [projectId, '\uffff'])
        .toArray();
      const docIds = documents.map((d) => d.id);
      const docIndex = new Map(docIds.map((id, i) => [id, i]));
      const [contents, files, codes, annotations, memos, decisions, planLinks, variables, resolutions] =
        await Promise.all([
          texts ? tx.contents.bulkGet(docIds) : Promise.resolve<(DocumentContent | undefined)[]>([]),
          texts ? tx.files.bulkGet(docIds) : Promise.resolve<(SourceFile | undefined)[]>([]),
          tx.codes.where('projectId').equals(projectId).toArray(),
          tx.annotations.where('projectId').equals(projectId).toArray(),
          tx.memos.where('projectId').equals(projectId).toArray(),
          tx.decisions.where('docId').anyOf(docIds).toArray(),
          tx.planLinks.where('projectId').equals(projectId).toArray(),
          tx.variables.where('projectId').equals(projectId).toArray(),
          tx.resolutions.where('projectId').equals(projectId).toArray(),
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
        planLinks,
        variables,
        // Left absent when there are none, so snapshots (and backups) without decisions stay as they were.
        ...(resolutions.length > 0 ? { resolutions } : {}),
      };
    },
    'r',
  );
}

/**
 * Documents of a backup saved before fingerprints existed get the fingerprint of their text
 * (as schema v9 gives those already in the database), so the same report imported later is found.
 */
function withFingerprints(documents: DocumentRecord[], contents: DocumentContent[]): DocumentRecord[] {
  const byDoc = new Map(contents.map((c) => [c.docId, c]));
  return documents.map((d) => {
    const content = byDoc.get(d.id);
    if (d.fingerprint?.length || !content) return d;
    return { ...d, fingerprint: reportFingerprint(content.simplified ?? content.text) };
  });
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
  const s = opts.asNewProject ? withFreshIds(snapshot, opts.newId ?? defaultNewId) : snapshot;
  return runInTransaction(db, PROJECT_TABLES, async (tx): Promise<StorageResult<{ projectId: string }>> => {
    if (!opts.asNewProject) {
      const clash =
        (await tx.projects.get(s.project.id)) !== undefined ||
        (await tx.documents.bulkGet(s.documents.map((d) => d.id))).some(Boolean) ||
        (await tx.codes.bulkGet(s.codes.map((c) => c.id))).some(Boolean) ||
        (await tx.annotations.bulkGet(s.annotations.map((a) => a.id))).some(Boolean);
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
    await tx.projects.add(s.project);
    // The same-report keys are derived from the fingerprint and the (maybe new) project id.
    await tx.documents.bulkAdd(withFingerprints(s.documents, s.contents).map((d) => withBands({ ...d })));
    await tx.contents.bulkAdd(s.contents);
    await tx.files.bulkAdd(s.files);
    await tx.codes.bulkAdd(s.codes);
    await tx.annotations.bulkAdd(s.annotations);
    await tx.memos.bulkAdd(s.memos);
    await tx.decisions.bulkAdd(s.decisions);
    await tx.planLinks.bulkAdd(s.planLinks ?? []);
    await tx.variables.bulkAdd(s.variables ?? []);
    await tx.resolutions.bulkAdd(s.resolutions ?? []);
    return { ok: true, value: { projectId: s.project.id } };
  });
}
