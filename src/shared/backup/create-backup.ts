/** Writes a project to one .fazhi file (see format.ts). Pure: returns the bytes. */
import { zipSync, type Zippable } from 'fflate';
import type { ProjectSnapshot } from '../model/project';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest, type ProjectJson } from './format';

/** A zip path segment from a file name: no directories, nothing a file system or zip tool refuses. */
export function safeName(name: string, index: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
  const s = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();
  return s && s !== '.' && s !== '..' ? s : `file-${index + 1}`;
}

export function createBackup(snapshot: ProjectSnapshot, meta: { appVersion: string; now: string }): Uint8Array {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: meta.appVersion,
    created: meta.now,
  };
  const encoder = new TextEncoder();
  const zip: Zippable = {};
  const used = new Set<string>();
  const files = snapshot.files.map((f, i) => {
    let path = `files/${safeName(f.docId, i)}/${safeName(f.name, i)}`;
    for (let n = 2; used.has(path); n++) path = `files/${safeName(f.docId, i)}/${n}-${safeName(f.name, i)}`;
    used.add(path);
    // Originals are mostly compressed already (docx, pdf) or small: store, do not deflate again.
    zip[path] = [f.bytes, { level: 0 }];
    return { docId: f.docId, name: f.name, mime: f.mime, path };
  });
  const project: ProjectJson = { ...snapshot, files };
  zip['manifest.json'] = encoder.encode(JSON.stringify(manifest, null, 2));
  zip['project.json'] = [encoder.encode(JSON.stringify(project)), { level: 6 }];
  return zipSync(zip);
}
