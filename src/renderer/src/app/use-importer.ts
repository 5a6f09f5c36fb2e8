/**
 * The import flow of the app: run the import runner for picked or dropped files,
 * expose its progress, cancel, and keep the summary (reopenable) afterwards.
 *
 * Every import is a job in the resumable queue (storage/import-queue.ts): its
 * files are listed when it starts and each is marked done with its document. A
 * job that finishes or is cancelled is forgotten; one interrupted by closing the
 * app stays, and the next start offers to continue it: the user picks the same
 * folder or files again (the web edition cannot reopen files by itself, and the
 * desktop one gets paths only from its own dialogs) and only the files not yet
 * imported are imported, exactly once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FolderPage, HostApi, PickedFile } from '../../../shared/ipc/contract';
import { filterPages, restOfWalk } from '../features/import/folder-walk';
import {
  defaultFileKey,
  heldTokens,
  importDuplicatesAnyway,
  runImport,
  type DuplicateEntry,
  type ImportProgress,
  type ImportSummary,
} from '../features/import/run-import';
import { lastImportSummary } from '../features/import/summary-store';
import type { FazhiDb } from '../storage/db';
import {
  addImportJobKeys,
  createImportJob,
  deleteImportJob,
  filesToResume,
  unfinishedImports,
  type UnfinishedImport,
} from '../storage/import-queue';
import { projectSink } from './import-sink';

export interface ImportOrigin {
  /** A folder was picked or dropped (the offer to continue asks for the folder again). */
  folder: boolean;
}

export interface Importer {
  progress: ImportProgress | null;
  cancelling: boolean;
  summary: ImportSummary | null;
  busy: boolean;
  /** An import of the current project that the app was closed in the middle of, if any. */
  unfinished: UnfinishedImport | null;
  start(files: PickedFile[], origin?: ImportOrigin): Promise<ImportSummary | null>;
  /** Import a picked folder whose files the host hands over page by page (HostApi.pickFolder). */
  startFolder(first: FolderPage): Promise<ImportSummary | null>;
  /** Continue the unfinished import: opens the picker (call from a click) and imports the files still pending. */
  resume(folder: boolean): void;
  discardUnfinished(): void;
  cancel(): void;
  /** `asCopies`: keep them as copies of the documents they duplicate (the same report). */
  importAnyway(duplicates: DuplicateEntry[], asCopies?: boolean): Promise<void>;
  closeSummary(): void;
}

/** What the offer to continue names: the picked folder, or the first file. */
function sourceLabel(files: PickedFile[], folder: boolean): string {
  const first = files[0];
  if (!first) return '';
  if (folder && first.relPath.includes('/')) return first.relPath.split('/')[0]!;
  return files.length > 1 ? `${first.name} …` : first.name;
}

export function useImporter(host: HostApi, db: FazhiDb, projectId: string | null): Importer {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [unfinished, setUnfinished] = useState<UnfinishedImport | null>(null);
  const controller = useRef<AbortController | null>(null);

  const refreshUnfinished = useCallback(async () => {
    if (!projectId) return setUnfinished(null);
    const jobs = await unfinishedImports(db);
    // A job whose files are all done (closed just before it was forgotten) has nothing to offer.
    for (const j of jobs) if (j.left === 0) void deleteImportJob(db, j.job.id);
    setUnfinished(jobs.find((j) => j.left > 0 && j.job.projectId === projectId) ?? null);
  }, [db, projectId]);

  useEffect(() => {
    if (!controller.current) void refreshUnfinished().catch(() => undefined);
  }, [refreshUnfinished]);

  const finish = useCallback(
    (result: ImportSummary) => {
      // The replaced summary's duplicates can no longer be imported: let the host forget their files.
      const previous = lastImportSummary.get();
      if (previous) {
        const kept = new Set(heldTokens(result));
        const stale = heldTokens(previous).filter((token) => !kept.has(token));
        if (stale.length) void host.releaseFiles(stale);
      }
      lastImportSummary.set(result);
      setSummary(result);
      setProgress(null);
      setCancelling(false);
      controller.current = null;
    },
    [host],
  );

  /** Runs an import of `files` as job `jobId` (created for a new import, the old one when continuing). */
  const runJob = useCallback(
    async (
      files: PickedFile[],
      jobId: string,
      targetProject: string,
      skipped: { count: number },
      more?: AsyncIterator<PickedFile[]>,
    ) => {
      const abort = new AbortController();
      controller.current = abort;
      setSummary(null);
      setUnfinished(null);
      setProgress({
        done: 0,
        total: files.length,
        current: files[0]?.name ?? '',
        imported: 0,
        duplicates: 0,
        failed: 0,
        walking: Boolean(more),
      });
      const result = await runImport({
        host,
        files,
        more,
        // Each page is listed in the job before its files are imported, so closing the app mid-walk loses none.
        onPage: jobId
          ? (page) => addImportJobKeys(db, jobId, page.map(defaultFileKey)).catch(() => undefined)
          : undefined,
        sink: projectSink(db, targetProject, jobId),
        signal: abort.signal,
        onProgress: setProgress,
      });
      // Finished or cancelled by the user: nothing to continue later.
      await deleteImportJob(db, jobId).catch(() => undefined);
      if (skipped.count) result.skipped = skipped.count;
      finish(result);
      return result;
    },
    [host, db, finish],
  );

  const start = useCallback(
    async (files: PickedFile[], origin: ImportOrigin = { folder: false }, more?: AsyncIterator<PickedFile[]>) => {
      if (!projectId || files.length === 0 || controller.current) return null;
      // Taken before the first await, so a second start cannot slip in while the job is written.
      controller.current = new AbortController();
      let jobId: string;
      try {
        jobId = await createImportJob(db, {
          projectId,
          source: sourceLabel(files, origin.folder),
          folder: origin.folder,
          keys: files.map(defaultFileKey),
          listing: Boolean(more),
        });
      } catch {
        jobId = '';
      }
      return runJob(files, jobId, projectId, { count: 0 }, more);
    },
    [db, projectId, runJob],
  );

  const startFolder = useCallback(
    async (first: FolderPage) => {
      const more = restOfWalk(host, first);
      if (!projectId || controller.current) {
        await more?.return?.();
        return null;
      }
      return start(first.files, { folder: true }, more);
    },
    [host, projectId, start],
  );

  const resume = useCallback(
    (folder: boolean) => {
      const job = unfinished?.job;
      if (!job || controller.current) return;
      // The web edition's picker must open within this click: call it before any await.
      const picked = folder
        ? host
            .pickFolder()
            .then((r) => (r.ok ? { ok: true as const, first: r.value.files, more: restOfWalk(host, r.value) } : r))
        : host
            .pickFiles({ folder: false })
            .then((r) => (r.ok ? { ok: true as const, first: r.value, more: undefined } : r));
      void picked.then(async (p) => {
        if (!p.ok) return;
        if (controller.current) return void (await p.more?.return?.());
        const keep = await filesToResume(db, job);
        const wanted = (f: PickedFile) => keep(defaultFileKey(f));
        const skipped = { count: 0 };
        const drop = (rest: PickedFile[]) => {
          skipped.count += rest.length;
          if (rest.length) void host.releaseFiles(rest.map((f) => f.token));
        };
        const files = p.first.filter(wanted);
        drop(p.first.filter((f) => !wanted(f)));
        const more = p.more && filterPages(p.more, wanted, drop);
        if (files.length === 0 && !more) {
          const empty: ImportSummary = {
            imported: [],
            duplicates: [],
            failed: [],
            cancelled: false,
            notProcessed: 0,
            skipped: skipped.count,
            startedAt: new Date().toISOString(),
            finishedAt: new Date().toISOString(),
          };
          finish(empty);
          return;
        }
        await runJob(files, job.id, job.projectId, skipped, more);
      });
    },
    [host, db, unfinished, runJob, finish],
  );

  const discardUnfinished = useCallback(() => {
    const job = unfinished?.job;
    setUnfinished(null);
    if (job) void deleteImportJob(db, job.id);
  }, [db, unfinished]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setCancelling(true);
  }, []);

  const importAnyway = useCallback(
    async (duplicates: DuplicateEntry[], asCopies = false) => {
      const previous = lastImportSummary.get();
      if (!projectId || controller.current || !previous) return;
      const abort = new AbortController();
      controller.current = abort;
      setSummary(null);
      setProgress({
        done: 0,
        total: duplicates.length,
        current: duplicates[0]?.name ?? '',
        imported: 0,
        duplicates: 0,
        failed: 0,
      });
      const result = await importDuplicatesAnyway({
        host,
        summary: previous,
        which: duplicates,
        asCopies,
        sink: projectSink(db, projectId),
        signal: abort.signal,
        onProgress: setProgress,
      });
      finish(result);
    },
    [host, db, projectId, finish],
  );

  return {
    progress,
    cancelling,
    summary,
    busy: progress !== null,
    unfinished,
    start,
    startFolder,
    resume,
    discardUnfinished,
    cancel,
    importAnyway,
    closeSummary: () => setSummary(null),
  };
}
