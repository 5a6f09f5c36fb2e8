/** The .fazhi backup format: a zip of manifest.json, project.json and files/<docId>/<name>. */
import type { ProjectSnapshot, SourceFile } from '../model/project';
import type { ErrorInfo } from '../result';

export const BACKUP_FORMAT = 'fazhi-project';
export const BACKUP_VERSION = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  appVersion: string;
  created: string;
}

/** A source file's row in project.json: the bytes live in the zip at `path`. */
export type StoredFileRow = Omit<SourceFile, 'bytes'> & { path: string };

export type ProjectJson = Omit<ProjectSnapshot, 'files'> & { files: StoredFileRow[] };

export interface RestoreWarning {
  what: string;
  reason: string;
}

export type RestoreResult =
  | { ok: true; snapshot: ProjectSnapshot; manifest: BackupManifest; warnings: RestoreWarning[] }
  | { ok: false; error: ErrorInfo<'corrupt' | 'not-backup' | 'newer-version' | 'invalid'> };
