/**
 * Opening a project file: the core reads it (shared/exchange/project-file.ts, in a
 * worker: unzipping and analysing another tool's sources stay off the UI thread),
 * then it is written as a project. Nothing is ever written over an existing
 * project: a backup of a project that is already here comes back as a copy beside
 * it, and the user is told so.
 */
import type { ProjectFileKind } from '../../../shared/exchange/project-file';
import type { Skipped } from '../../../shared/exchange/import-types';
import type { ProjectSnapshot } from '../../../shared/model/project';
import { ok, type Result } from '../../../shared/result';
import { readProjectFileOffThread } from '../platform/read-project-file';
import type { FazhiDb } from '../storage/db';
import { getProject } from '../storage/projects';
import { restoreSnapshot } from '../storage/snapshot';

export interface OpenedProject {
  projectId: string;
  name: string;
  kind: ProjectFileKind;
  /** The backup's project was already here, so it was restored as a copy. */
  copy: boolean;
  counts: { documents: number; codes: number; annotations: number; memos: number };
  /** What could not be brought in, and why (REFI-QDA), or what restore repaired (backup). */
  skipped: Skipped[];
}

export type OpenResult = Result<OpenedProject>;

function counts(s: ProjectSnapshot): OpenedProject['counts'] {
  return {
    documents: s.documents.length,
    codes: s.codes.length,
    annotations: s.annotations.length,
    // A coded segment's memo is a memo too (kept on the segment): counting only the memo rows said 0.
    memos: s.memos.length + s.annotations.filter((a) => a.memo.trim() !== '').length,
  };
}

export async function openProjectFile(db: FazhiDb, fileName: string, bytes: Uint8Array): Promise<OpenResult> {
  const read = await readProjectFileOffThread(bytes, fileName);
  if (!read.ok) return read;
  const { snapshot, kind, skipped } = read.value;
  const copy = (await getProject(db, snapshot.project.id)) !== undefined;
  const toWrite = copy
    ? { ...snapshot, project: { ...snapshot.project, name: `${snapshot.project.name} (2)` } }
    : snapshot;
  // Only a backup keeps its ids (so it restores exactly); a project made from another tool's
  // file is new, and its GUID-derived ids could meet ids already here (e.g. our own export).
  const written = await restoreSnapshot(db, toWrite, { asNewProject: copy || kind !== 'backup' });
  if (!written.ok) return written;
  return ok({
    projectId: written.value.projectId,
    name: toWrite.project.name,
    kind,
    copy,
    counts: counts(snapshot),
    skipped,
  });
}
