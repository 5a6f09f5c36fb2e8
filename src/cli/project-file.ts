/**
 * Project files for the CLI: a ProjectSnapshot from import results (default
 * codebook included) and reading/writing it as a .fazhi backup.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { createBackup } from '../shared/backup/create-backup';
import { buildCodebook } from '../shared/codebook/templates';
import { readProjectFile as readProject, type ProjectFileKind } from '../shared/exchange/project-file';
import type { Skipped } from '../shared/exchange/import-types';
import type { BackupAction } from '../shared/backup/restore-backup';
import type { ErrorInfo } from '../shared/result';
import { emptySnapshot } from '../shared/project/snapshot';
import type { ImportResult, SourceFormat } from '../shared/model/document';
import { toStoredDocument, type ProjectSnapshot, type SourceFile } from '../shared/model/project';

const MIME: Record<SourceFormat, string> = {
  txt: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export function appVersion(): string {
  const pkg: unknown = createRequire(import.meta.url)('../../package.json');
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

/**
 * A new project holding every successfully imported document (failed ones are
 * left out: the import command has reported them) and the default codebook.
 * `bytesByFile` maps a document's fileName to the file's bytes, kept as the original.
 */
export function buildProjectFromResults(
  results: ImportResult[],
  bytesByFile: Map<string, Uint8Array>,
  name: string,
): ProjectSnapshot {
  const now = new Date().toISOString();
  const projectId = crypto.randomUUID();
  const snapshot = emptySnapshot(
    { id: projectId, name, createdAt: now, updatedAt: now },
    buildCodebook('outline-2021', projectId, now, () => crypto.randomUUID()),
  );
  for (const r of results) {
    if (!r.ok) continue;
    const { record, content } = toStoredDocument(r.document, { id: crypto.randomUUID(), projectId, now });
    snapshot.documents.push(record);
    snapshot.contents.push(content);
    const bytes = bytesByFile.get(r.document.fileName);
    if (bytes) {
      const file: SourceFile = { docId: record.id, name: r.document.fileName, mime: MIME[r.document.format], bytes };
      snapshot.files.push(file);
    }
  }
  return snapshot;
}

export async function writeProjectFile(snapshot: ProjectSnapshot, path: string): Promise<void> {
  await writeFile(path, createBackup(snapshot, { appVersion: appVersion(), now: new Date().toISOString() }));
}

export type ReadProject =
  { ok: true; snapshot: ProjectSnapshot; kind: ProjectFileKind; warnings: Skipped[] } | { ok: false; error: ErrorInfo };

/**
 * Reads a project file (.fazhi, .qdpx or .qdc) through the core reader the app uses;
 * an unreadable file comes back as an error result like a bad one.
 */
export async function readProjectFile(path: string, action: BackupAction = 'open'): Promise<ReadProject> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'corrupt', message: `Could not read "${basename(path)}": ${reason}.` } };
  }
  const r = await readProject(bytes, basename(path), { action });
  return r.ok ? { ok: true, snapshot: r.value.snapshot, kind: r.value.kind, warnings: r.value.skipped } : r;
}
