/**
 * Opening a project file: a .fazhi backup is restored as it was; a REFI-QDA
 * project (.qdpx) or codebook (.qdc) from another tool becomes a new project.
 * Nothing is ever written over an existing project: a backup of a project that
 * is already here comes back as a copy beside it, and the user is told so.
 */
import { restoreBackup } from '../../../shared/backup/restore-backup';
import { buildCodebook } from '../../../shared/codebook/templates';
import { importQdc } from '../../../shared/exchange/qdc-import';
import { importQdpx } from '../../../shared/exchange/qdpx-import';
import { importFile } from '../../../shared/import';
import type { Skipped } from '../../../shared/exchange/import-types';
import type { ProjectSnapshot } from '../../../shared/model/project';
import { emptySnapshot } from '../../../shared/project/snapshot';
import type { FazhiDb } from '../storage/db';
import { getProject } from '../storage/projects';
import { restoreSnapshot } from '../storage/snapshot';

export interface OpenedProject {
  projectId: string;
  name: string;
  kind: 'backup' | 'qdpx' | 'qdc';
  /** The backup's project was already here, so it was restored as a copy. */
  copy: boolean;
  counts: { documents: number; codes: number; annotations: number; memos: number };
  /** What could not be brought in, and why (REFI-QDA), or what restore repaired (backup). */
  skipped: Skipped[];
}

export type OpenResult = { ok: true; value: OpenedProject } | { ok: false; message: string };

function counts(s: ProjectSnapshot): OpenedProject['counts'] {
  return {
    documents: s.documents.length,
    codes: s.codes.length,
    annotations: s.annotations.length,
    // A coded segment's memo is a memo too (kept on the segment): counting only the memo rows said 0.
    memos: s.memos.length + s.annotations.filter((a) => a.memo.trim() !== '').length,
  };
}

function stem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

/**
 * Sources from another tool arrive as plain text with lines for paragraphs. Run the
 * report analysis on each so outline, sections, sentences and suggestions work — but
 * only where the analysis keeps the text exactly as it is, so every imported offset holds.
 */
async function analyseSources(snapshot: ProjectSnapshot): Promise<ProjectSnapshot> {
  const names = new Map(snapshot.documents.map((d) => [d.id, d.fileName]));
  const contents = await Promise.all(
    snapshot.contents.map(async (c) => {
      if (c.sections.length > 0 || c.sentences.length > 0) return c;
      const result = await importFile(new TextEncoder().encode(c.text), `${names.get(c.docId) ?? 'source'}.txt`);
      if (!result.ok || result.document.text !== c.text) return c;
      const { headings, sections, paragraphs, sentences } = result.document;
      return { ...c, headings, sections, paragraphs, sentences };
    }),
  );
  return { ...snapshot, contents };
}

export async function openProjectFile(db: FazhiDb, fileName: string, bytes: Uint8Array): Promise<OpenResult> {
  const ext = fileName.toLowerCase().split('.').pop();
  let snapshot: ProjectSnapshot;
  let kind: OpenedProject['kind'];
  let skipped: Skipped[] = [];
  if (ext === 'fazhi') {
    const r = restoreBackup(bytes, fileName);
    if (!r.ok) return { ok: false, message: r.error.message };
    snapshot = r.snapshot;
    kind = 'backup';
    skipped = r.warnings;
  } else if (ext === 'qdpx') {
    const r = importQdpx(bytes, fileName);
    if (!r.ok) return { ok: false, message: r.error.message };
    snapshot = await analyseSources({
      ...r.snapshot,
      project: { ...r.snapshot.project, name: r.snapshot.project.name || stem(fileName) },
    });
    kind = 'qdpx';
    skipped = r.report.skipped;
  } else if (ext === 'qdc') {
    const r = importQdc(bytes, fileName);
    if (!r.ok) return { ok: false, message: r.error.message };
    const now = new Date().toISOString();
    const projectId = crypto.randomUUID();
    // A codebook alone: a new, empty project whose codebook is the file's codes.
    const codes = r.codes.length
      ? r.codes.map((c) => ({ ...c, projectId }))
      : buildCodebook('none', projectId, now, () => crypto.randomUUID());
    snapshot = emptySnapshot({ id: projectId, name: stem(fileName), createdAt: now, updatedAt: now }, codes);
    kind = 'qdc';
    skipped = r.report.skipped;
  } else {
    return { ok: false, message: `${fileName} is not a project file (.fazhi, .qdpx or .qdc).` };
  }

  const copy = (await getProject(db, snapshot.project.id)) !== undefined;
  const toWrite = copy
    ? { ...snapshot, project: { ...snapshot.project, name: `${snapshot.project.name} (2)` } }
    : snapshot;
  // Only a backup keeps its ids (so it restores exactly); a project made from another tool's
  // file is new, and its GUID-derived ids could meet ids already here (e.g. our own export).
  const written = await restoreSnapshot(db, toWrite, { asNewProject: copy || kind !== 'backup' });
  if (!written.ok) return { ok: false, message: written.error.message };
  return {
    ok: true,
    value: {
      projectId: written.value.projectId,
      name: toWrite.project.name,
      kind,
      copy,
      counts: counts(snapshot),
      skipped,
    },
  };
}
