/**
 * The renderer's side of a folder walk: the host answers a folder's files a page at a
 * time (HostApi.pickFolder / nextFolderPage); this turns the pages after the first into
 * the async iterator the import runner pulls from, so the queue grows as they arrive.
 */
import type { FolderPage, HostApi, PickedFile } from '../../../../shared/ipc/contract';
import { FolderWalkError } from './run-import';

export type WalkHost = Pick<HostApi, 'nextFolderPage' | 'endFolderWalk'>;

/** The picked folder's name, from a file's relative path ('' when it has none). */
export function folderName(files: readonly PickedFile[]): string {
  const rel = files[0]?.relPath ?? '';
  return rel.includes('/') ? rel.split('/')[0]! : '';
}

/** The pages after `first`, or undefined when the walk already ended with it. */
export function restOfWalk(host: WalkHost, first: FolderPage): AsyncIterator<PickedFile[]> | undefined {
  if (first.done) return undefined;
  const folder = folderName(first.files);
  let ended = false;
  return {
    async next(): Promise<IteratorResult<PickedFile[]>> {
      if (ended) return { done: true, value: undefined };
      const page = await host.nextFolderPage(first.walk);
      if (!page.ok) {
        ended = true;
        throw new FolderWalkError(page.error.code, page.error.message, folder);
      }
      if (page.value.done) ended = true;
      if (ended && page.value.files.length === 0) return { done: true, value: undefined };
      return { done: false, value: page.value.files };
    },
    async return(): Promise<IteratorResult<PickedFile[]>> {
      if (!ended) {
        ended = true;
        await host.endFolderWalk(first.walk);
      }
      return { done: true, value: undefined };
    },
  };
}

/**
 * Keeps only the files `keep` accepts from each page; the others are handed to `drop`
 * (to release them and count them as skipped). A page left empty is skipped over.
 */
export function filterPages(
  pages: AsyncIterator<PickedFile[]>,
  keep: (file: PickedFile) => boolean,
  drop: (files: PickedFile[]) => void,
): AsyncIterator<PickedFile[]> {
  return {
    async next(): Promise<IteratorResult<PickedFile[]>> {
      for (;;) {
        const page = await pages.next();
        if (page.done) return page;
        const kept = page.value.filter(keep);
        const rest = page.value.filter((f) => !keep(f));
        if (rest.length) drop(rest);
        if (kept.length) return { done: false, value: kept };
      }
    },
    async return(): Promise<IteratorResult<PickedFile[]>> {
      return (await pages.return?.()) ?? { done: true, value: undefined };
    },
  };
}
