/**
 * Lists the files under a folder the user picked: recursively, skipping hidden
 * files and folders (.git, .DS_Store…), regular files only, and following a
 * symlinked folder at most once so a link loop cannot hang the import.
 *
 * `walkFolder` is the lazy form: it hands out pages of at most `pageSize` files and
 * does no more work (stat calls, descending into folders) than the page asked for
 * needs, so a crawl of 30,000 files can be handed over page by page while the
 * first pages are already being imported.
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

/** Files per page handed to the renderer: small enough to cross IPC at once, large enough to keep it cheap. */
export const WALK_PAGE_SIZE = 500;

export class TooManyFilesError extends Error {}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Frame {
  dir: string;
  rel: string;
  names: string[];
  next: number;
}

/**
 * Walks `root` depth-first, each folder's entries in name order, and yields pages of
 * files. Only the names of the folders on the current path are held (one readdir per
 * folder); a file is stat'ed when its page is being filled.
 */
export async function* walkFolder(
  root: string,
  options: { pageSize?: number; limit?: number } = {},
): AsyncGenerator<ListedFile[], void, undefined> {
  const pageSize = Math.max(1, options.pageSize ?? WALK_PAGE_SIZE);
  const limit = options.limit ?? MAX_LISTED_FILES;
  const seen = new Set<string>([await realpath(root)]);
  const open = async (dir: string, rel: string): Promise<Frame> => {
    const names = (await readdir(dir)).filter((n) => !isHidden(n)).sort(byName);
    return { dir, rel, names, next: 0 };
  };
  const stack: Frame[] = [await open(root, '')];
  let page: ListedFile[] = [];
  let count = 0;
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.names.length) {
      stack.pop();
      continue;
    }
    const name = frame.names[frame.next++]!;
    const path = join(frame.dir, name);
    const relPath = frame.rel ? `${frame.rel}/${name}` : name;
    // stat follows symlinks: a link to a file counts as that file.
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) {
      const real = await realpath(path).catch(() => null);
      if (!real || seen.has(real)) continue;
      seen.add(real);
      stack.push(await open(path, relPath));
    } else if (info.isFile()) {
      if (count >= limit) throw new TooManyFilesError(`More than ${limit} files in the folder.`);
      count++;
      page.push({ path, relPath, name, size: info.size });
      if (page.length >= pageSize) {
        yield page;
        page = [];
      }
    }
  }
  if (page.length) yield page;
}

export async function listFolder(root: string, limit = MAX_LISTED_FILES): Promise<ListedFile[]> {
  const out: ListedFile[] = [];
  for await (const page of walkFolder(root, { limit })) out.push(...page);
  return out.sort((a, b) => byName(a.relPath, b.relPath));
}
