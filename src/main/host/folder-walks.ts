/**
 * `pickFolder`, `nextFolderPage` and `endFolderWalk`: folder walks the renderer
 * pulls a page at a time. Each walk is a lazy `walkFolder`; a page's files get their
 * tokens only when it is handed out, and a walk that ended, failed or was ended by
 * the renderer is forgotten.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { FolderPage, HostResult } from '../../shared/ipc/contract';
import type { FileRegistry } from './file-registry';
import { TooManyFilesError, walkFolder, type ListedFile } from './list-folder';
import { fail, fsError, ok } from './results';

interface Walk {
  root: string;
  pages: AsyncGenerator<ListedFile[], void, undefined>;
}

export class FolderWalks {
  private readonly walks = new Map<string, Walk>();

  constructor(
    private readonly registry: FileRegistry,
    private readonly pageSize?: number,
  ) {}

  /** Starts walking `root`; answers its first page. */
  start(root: string): Promise<HostResult<FolderPage>> {
    const walk = randomUUID();
    this.walks.set(walk, { root, pages: walkFolder(root, { pageSize: this.pageSize }) });
    return this.next(walk);
  }

  async next(walk: string): Promise<HostResult<FolderPage>> {
    const entry = this.walks.get(walk);
    if (!entry) return fail('not-found', 'This folder is no longer being read.');
    try {
      const page = await entry.pages.next();
      if (page.done) {
        this.walks.delete(walk);
        return ok({ walk, files: [], done: true });
      }
      const files = page.value.map((f) =>
        this.registry.add({ name: f.name, relPath: f.relPath, size: f.size, path: f.path }),
      );
      return ok({ walk, files, done: false });
    } catch (err) {
      this.walks.delete(walk);
      if (err instanceof TooManyFilesError) return fail('too-large', `${basename(entry.root)}: ${err.message}`);
      return { ok: false, error: fsError(err, basename(entry.root)) };
    }
  }

  async end(walk: string): Promise<void> {
    const entry = this.walks.get(walk);
    this.walks.delete(walk);
    await entry?.pages.return(undefined);
  }

  /** Walks not ended yet (for tests and leak checks). */
  get open(): number {
    return this.walks.size;
  }
}
