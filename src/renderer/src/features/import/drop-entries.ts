/**
 * Turn what the user dropped (files and folders) into named byte arrays for
 * `host.registerFiles`. Folders are walked recursively through the File and
 * Directory Entries API; hidden and system-junk files are skipped, as the host's
 * folder picker does.
 */

export interface DroppedFile {
  name: string;
  /** Path relative to the dropped folder, file name included ('' for a file dropped on its own). */
  relPath: string;
  data: Uint8Array;
}

/** The parts of FileSystemEntry we use (so tests can pass fakes). */
export interface EntryLike {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}
export interface FileEntryLike extends EntryLike {
  file(success: (file: Blob) => void, error?: (e: unknown) => void): void;
}
export interface DirectoryEntryLike extends EntryLike {
  createReader(): { readEntries(success: (entries: EntryLike[]) => void, error?: (e: unknown) => void): void };
}

/** Hidden files (.DS_Store, .git), macOS zip debris and Office lock files (~$报告.docx) are never reports. */
export function isJunkName(name: string): boolean {
  return (
    name.startsWith('.') || name === '__MACOSX' || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(name)
  );
}

const isFileEntry = (e: EntryLike): e is FileEntryLike => e.isFile && 'file' in e;
const isDirectoryEntry = (e: EntryLike): e is DirectoryEntryLike => e.isDirectory && 'createReader' in e;

function readFile(entry: FileEntryLike): Promise<Blob> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All children of a directory: readEntries hands them out in batches until it returns none. */
async function readAll(dir: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = dir.createReader();
  const out: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

const join = (base: string, name: string) => (base ? `${base}/${name}` : name);

/** Mutates `out`. `base` is the path inside a dropped folder, or null at the top of the drop. */
async function walk(entries: readonly EntryLike[], base: string | null, out: DroppedFile[]): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const entry of sorted) {
    if (isJunkName(entry.name)) continue;
    if (isFileEntry(entry)) {
      try {
        const data = await bytesOf(await readFile(entry));
        out.push({ name: entry.name, relPath: base === null ? '' : join(base, entry.name), data });
      } catch {
        // An unreadable file (permission, vanished) is left out; the rest of the drop still imports.
      }
    } else if (isDirectoryEntry(entry)) {
      const children = await readAll(entry).catch((): EntryLike[] => []);
      // Inside a dropped folder, paths are relative to it, like the host's folder picker.
      await walk(children, base === null ? '' : join(base, entry.name), out);
    }
  }
}

/** Read dropped entries, folders recursively, in name order. */
export async function readEntries(entries: readonly EntryLike[]): Promise<DroppedFile[]> {
  const out: DroppedFile[] = [];
  await walk(entries, null, out);
  return out;
}

/**
 * Entries of a drop event. Must run synchronously inside the drop handler: the
 * DataTransfer is emptied once the event returns. Falls back to plain files when
 * the entries API is unavailable.
 */
export function entriesFromDataTransfer(dt: DataTransfer): { entries: EntryLike[]; files: File[] } {
  const entries: EntryLike[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    if (entry) entries.push(entry);
  }
  return { entries, files: entries.length ? [] : Array.from(dt.files) };
}

export async function readDrop(drop: { entries: EntryLike[]; files: File[] }): Promise<DroppedFile[]> {
  if (drop.entries.length) return readEntries(drop.entries);
  const out: DroppedFile[] = [];
  for (const f of drop.files) {
    if (!isJunkName(f.name)) out.push({ name: f.name, relPath: '', data: await bytesOf(f) });
  }
  return out;
}
