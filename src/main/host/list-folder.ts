/**
 * Lists the files under a folder the user picked: recursively, skipping hidden
 * files and folders (.git, .DS_Store…), regular files only, and following a
 * symlinked folder at most once so a link loop cannot hang the import.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ListedFile {
  path: string;
  /** Relative to the picked folder, '/'-separated on every platform (e.g. "2023/广州.pdf"). */
  relPath: string;
  name: string;
  size: number;
}

/**
 * Stops a runaway pick (say, the home folder) before it fills memory. A crawl of
 * ten years of county reports is about 30,000 files; a listing of 100,000 is a few
 * MB (names and sizes only: the bytes are read one file at a time as they parse).
 */
export const MAX_LISTED_FILES = 100_000;

export class TooManyFilesError extends Error {}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

export async function listFolder(root: string, limit = MAX_LISTED_FILES): Promise<ListedFile[]> {
  const out: ListedFile[] = [];
  const seen = new Set<string>([await realpath(root)]);

  async function walk(dir: string, rel: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (isHidden(entry.name)) continue;
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      // stat follows symlinks: a link to a file counts as that file.
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      if (info.isDirectory()) {
        const real = await realpath(path);
        if (seen.has(real)) continue;
        seen.add(real);
        await walk(path, relPath);
      } else if (info.isFile()) {
        if (out.length >= limit) throw new TooManyFilesError(`More than ${limit} files in the folder.`);
        out.push({ path, relPath, name: entry.name, size: info.size });
      }
    }
  }

  await walk(root, '');
  return out.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
}
