/**
 * Reading a project file, whatever made it: a .fazhi backup restores as it was; a
 * REFI-QDA project (.qdpx) or codebook (.qdc) from another tool becomes a new
 * project. The app (in a worker, off the UI thread) and the CLI (`fazhi export`,
 * `fazhi import`) both read project files through here. Pure: bytes in, a
 * snapshot or an error out; never throws.
 */
import { restoreBackup, type BackupAction } from '../backup/restore-backup';
import { buildCodebook } from '../codebook/templates';
import { importFile } from '../import';
import { extensionOf } from '../import/formats/sniff';
import type { ProjectSnapshot } from '../model/project';
import { emptySnapshot } from '../project/snapshot';
import { fail, ok, type Result } from '../result';
import type { Skipped } from './import-types';
import { importQdc } from './qdc-import';
import { importQdpx } from './qdpx-import';

export const PROJECT_FILE_KINDS = { fazhi: 'backup', qdpx: 'qdpx', qdc: 'qdc' } as const;
export type ProjectFileKind = (typeof PROJECT_FILE_KINDS)[keyof typeof PROJECT_FILE_KINDS];

export interface ProjectFile {
  snapshot: ProjectSnapshot;
  kind: ProjectFileKind;
  /** What could not be brought in, and why (REFI-QDA), or what restore repaired (backup). */
  skipped: Skipped[];
}

export type ProjectFileErrorCode =
  'not-project-file' | 'corrupt' | 'not-backup' | 'newer-version' | 'invalid' | 'not-refi' | 'empty';

/** The kind of project file a name stands for, or null (a report, say). */
export function projectFileKind(fileName: string): ProjectFileKind | null {
  const ext = extensionOf(fileName);
  return ext in PROJECT_FILE_KINDS ? PROJECT_FILE_KINDS[ext as keyof typeof PROJECT_FILE_KINDS] : null;
}

function stem(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  return base.replace(/\.[^.]+$/, '') || base;
}

/**
 * Sources from another tool arrive as plain text with lines for paragraphs. Run the
 * report analysis on each so outline, sections, sentences and suggestions work — but
 * only where the analysis keeps the text exactly as it is, so every imported offset holds.
 */
async function analyseSources(snapshot: ProjectSnapshot): Promise<ProjectSnapshot> {
  const names = new Map(snapshot.documents.map((d) => [d.id, d.fileName]));
  const contents = [];
  // One at a time: a large project's texts are analysed without holding every result at once.
  for (const c of snapshot.contents) {
    if (c.sections.length > 0 || c.sentences.length > 0) {
      contents.push(c);
      continue;
    }
    const result = await importFile(new TextEncoder().encode(c.text), `${names.get(c.docId) ?? 'source'}.txt`);
    if (!result.ok || result.document.text !== c.text) {
      contents.push(c);
      continue;
    }
    const { headings, sections, paragraphs, sentences } = result.document;
    contents.push({ ...c, headings, sections, paragraphs, sentences });
  }
  return { ...snapshot, contents };
}

export interface ReadProjectOptions {
  now?: string;
  /** Named in a backup's error ("Could not import …"); the app's default is opening. */
  action?: BackupAction;
  newId?: () => string;
}

/** Reads a .fazhi, .qdpx or .qdc file's bytes into a project snapshot. */
export async function readProjectFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadProjectOptions = {},
): Promise<Result<ProjectFile, ProjectFileErrorCode>> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? new Date().toISOString();
  try {
    switch (projectFileKind(fileName)) {
      case 'backup': {
        const r = restoreBackup(bytes, fileName, options.action ?? 'open');
        return r.ok ? ok({ snapshot: r.snapshot, kind: 'backup', skipped: r.warnings }) : r;
      }
      case 'qdpx': {
        const r = importQdpx(bytes, fileName, { now, projectId: newId() });
        if (!r.ok) return r;
        const named = {
          ...r.snapshot,
          project: { ...r.snapshot.project, name: r.snapshot.project.name || stem(fileName) },
        };
        return ok({ snapshot: await analyseSources(named), kind: 'qdpx', skipped: r.report.skipped });
      }
      case 'qdc': {
        const r = importQdc(bytes, fileName, { now });
        if (!r.ok) return r;
        const projectId = newId();
        // A codebook alone: a new, empty project whose codebook is the file's codes.
        const codes = r.codes.length
          ? r.codes.map((c) => ({ ...c, projectId }))
          : buildCodebook('none', projectId, now, newId);
        const project = { id: projectId, name: stem(fileName), createdAt: now, updatedAt: now };
        return ok({ snapshot: emptySnapshot(project, codes), kind: 'qdc', skipped: r.report.skipped });
      }
      case null:
        return fail('not-project-file', `${fileName} is not a project file (.fazhi, .qdpx or .qdc).`);
    }
  } catch (e) {
    return fail('corrupt', `${fileName} could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
}
