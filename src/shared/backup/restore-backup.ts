/**
 * Reads a .fazhi file back into a ProjectSnapshot. Refuses what is not a backup
 * or comes from a newer format version; normalises every row; checks each
 * annotation against its document (offsets within the text, quote equal to the
 * text there) and reports what it dropped. Never throws.
 * Whether the restored project replaces another is the storage layer's decision.
 */
import { unzipBounded } from '../zip/bounded-unzip';
import type { Annotation, ProjectSnapshot, SourceFile } from '../model/project';
import { OffsetMap } from '../text/codepoints';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest, type RestoreResult, type RestoreWarning } from './format';
import * as n from './normalise';
import { restorePlanLinks } from '../plans/restore-links';

function keep<T>(rows: unknown[], f: (v: unknown) => T | null, what: string, warnings: RestoreWarning[]): T[] {
  const out: T[] = [];
  rows.forEach((row, i) => {
    const r = f(row);
    if (r) out.push(r);
    else warnings.push({ what: `${what} #${i + 1}`, reason: 'it lacks its id or is not a record' });
  });
  return out;
}

/**
 * A backup holds the project's texts and every original file (PDFs, Word files):
 * a large project is a few hundred MB. Beyond 1 GB a browser tab cannot hold it
 * anyway; JSON and text compress about 10:1, so 100:1 past 1 MB is a bomb.
 */
export const BACKUP_LIMITS = { maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 100 };

/** What the user was doing with the file, for the error: restoring it as a project, or importing or opening it. */
export type BackupAction = 'restore' | 'import' | 'open';

export function restoreBackup(bytes: Uint8Array, fileName: string, action: BackupAction = 'restore'): RestoreResult {
  const fail = (code: 'corrupt' | 'not-backup' | 'newer-version' | 'invalid', reason: string): RestoreResult => ({
    ok: false,
    error: { code, message: `Could not ${action} "${fileName}": ${reason}.` },
  });
  const nothing = `Nothing was ${action === 'import' ? 'imported' : action === 'open' ? 'opened' : 'restored'}`;
  const unzipped = unzipBounded(bytes, BACKUP_LIMITS);
  if (!unzipped.ok) {
    const f = unzipped.failure;
    if (f.kind === 'not-zip') return fail('corrupt', 'it is not a zip archive (a .fazhi file is a zip)');
    if (f.kind === 'bomb' || f.kind === 'too-large')
      return fail('corrupt', `${f.reason}. ${nothing}: it was not unpacked`);
    return fail(
      'corrupt',
      `it is damaged: ${f.reason}. ${nothing}; use another copy of the backup, or make a new one from the project`,
    );
  }
  const zip = unzipped.files;
  const json = (name: string): unknown => {
    const b = zip.get(name);
    if (!b) return undefined;
    try {
      return JSON.parse(new TextDecoder('utf-8').decode(b)) as unknown;
    } catch {
      return null;
    }
  };
  const m = json('manifest.json');
  if (!n.isObj(m) || m.format !== BACKUP_FORMAT)
    return fail('not-backup', 'it has no Fazhi Coder manifest.json, so it is not a Fazhi project backup');
  if (typeof m.version !== 'number' || !Number.isInteger(m.version) || m.version < 1)
    return fail('invalid', `its manifest gives no valid format version (${JSON.stringify(m.version)})`);
  if (m.version > BACKUP_VERSION)
    return fail(
      'newer-version',
      `it was written in backup format ${m.version} by Fazhi Coder ${String(m.appVersion)}; this version reads format ${BACKUP_VERSION} and older. Update Fazhi Coder to open it`,
    );
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: m.version,
    appVersion: typeof m.appVersion === 'string' ? m.appVersion : 'unknown',
    created: typeof m.created === 'string' ? m.created : '',
  };
  const p = json('project.json');
  if (!n.isObj(p)) return fail('invalid', 'its project.json is missing or is not valid JSON');
  const now = manifest.created || new Date(0).toISOString();
  const project = n.normaliseProject(p.project, now);
  if (!project) return fail('invalid', 'its project.json has no project record');

  const warnings: RestoreWarning[] = [];
  const pid = project.id;
  const documents = keep(n.arr(p.documents), (v) => n.normaliseDocument(v, pid, now), 'document', warnings);
  const docIds = new Set(documents.map((d) => d.id));
  const contents = keep(n.arr(p.contents), n.normaliseContent, 'document text', warnings);
  const maps = new Map(contents.map((c) => [c.docId, new OffsetMap(c.text)]));
  for (const d of documents) {
    const map = maps.get(d.id);
    if (!map) warnings.push({ what: `document "${d.fileName}"`, reason: 'its text is missing from the backup' });
    else if (map.cpCount !== d.length) {
      warnings.push({
        what: `document "${d.fileName}"`,
        reason: `its length was ${d.length}, the text has ${map.cpCount}`,
      });
      d.length = map.cpCount;
    }
  }
  const codes = keep(n.arr(p.codes), (v) => n.normaliseCode(v, pid, now), 'code', warnings);
  const codeIds = new Set(codes.map((c) => c.id));
  for (const c of codes)
    if (c.parentId !== null && !codeIds.has(c.parentId)) {
      warnings.push({ what: `code "${c.name}"`, reason: 'its parent code is missing; it is now a top-level code' });
      c.parentId = null;
    }
  // One pass over the codings (a file may hold 100,000): normalise, check against the document, keep.
  const annotations: Annotation[] = [];
  n.arr(p.annotations).forEach((v, i) => {
    const a = n.normaliseAnnotation(v, pid, now);
    if (!a) {
      warnings.push({ what: `annotation #${i + 1}`, reason: 'it lacks its id or is not a record' });
      return;
    }
    const map = maps.get(a.docId);
    const what = `annotation ${a.id}`;
    let reason: string | null = null;
    if (!docIds.has(a.docId) || !map) reason = 'its document is not in the backup';
    else if (!codeIds.has(a.codeId)) reason = 'its code is not in the backup';
    else if (a.start < 0 || a.end <= a.start || a.end > map.cpCount)
      reason = `its range [${a.start}, ${a.end}) lies outside the text (${map.cpCount} characters)`;
    if (reason) {
      warnings.push({ what, reason: `${reason}; dropped` });
      return;
    }
    // The range into the stored text is the annotation's truth: a differing quote is reported, not fatal.
    if (map!.slice(a.start, a.end) !== a.quote)
      warnings.push({ what, reason: 'its quote differs from the text at its range; kept at its range' });
    annotations.push(a);
  });
  const memos = keep(n.arr(p.memos), (v) => n.normaliseMemo(v, pid, now), 'memo', warnings);
  const decisions = keep(n.arr(p.decisions), (v) => n.normaliseDecision(v, pid, now), 'suggestion decision', warnings);

  const files: SourceFile[] = [];
  for (const f of n.arr(p.files).filter(n.isObj)) {
    const path = typeof f.path === 'string' ? f.path : '';
    const data = zip.get(path);
    if (!data || typeof f.docId !== 'string') {
      warnings.push({ what: `original file "${String(f.name)}"`, reason: 'its bytes are missing from the backup' });
      continue;
    }
    files.push({
      docId: f.docId,
      name: typeof f.name === 'string' ? f.name : path.split('/').pop()!,
      mime: typeof f.mime === 'string' ? f.mime : 'application/octet-stream',
      bytes: data,
    });
  }
  const variables = keep(n.arr(p.variables), (v) => n.normaliseVariable(v, pid, now), 'variable', warnings);
  const resolutions = keep(
    n.arr(p.resolutions),
    (v) => n.normaliseResolution(v, pid, now),
    'resolve decision',
    warnings,
  ).filter((r) => {
    if (docIds.has(r.docId) && codeIds.has(r.codeId)) return true;
    warnings.push({ what: `resolve decision ${r.id}`, reason: 'its document or code is not in the backup; dropped' });
    return false;
  });
  const snapshot: ProjectSnapshot = {
    project,
    documents,
    contents,
    files,
    codes,
    annotations,
    memos,
    decisions,
    // Backups made before plan decisions existed have none to restore.
    ...(Array.isArray(p.planLinks) ? { planLinks: restorePlanLinks(p.planLinks, pid, maps, warnings) } : {}),
    // Snapshots from before custom variables have none: left absent, so they round-trip unchanged.
    ...(variables.length > 0 ? { variables } : {}),
    ...(resolutions.length > 0 ? { resolutions } : {}),
  };
  return { ok: true, snapshot, manifest, warnings };
}
