/**
 * The import flow of the app: run the import runner for picked or dropped files,
 * expose its progress, cancel, and keep the summary (reopenable) afterwards.
 */
import { useCallback, useRef, useState } from 'react';
import type { HostApi, PickedFile } from '../../../shared/ipc/contract';
import {
  heldTokens,
  importDuplicatesAnyway,
  runImport,
  type DuplicateEntry,
  type ImportProgress,
  type ImportSummary,
} from '../features/import/run-import';
import { lastImportSummary } from '../features/import/summary-store';
import type { FazhiDb } from '../storage/db';
import { projectSink } from './import-sink';

export interface Importer {
  progress: ImportProgress | null;
  cancelling: boolean;
  summary: ImportSummary | null;
  busy: boolean;
  start(files: PickedFile[]): Promise<ImportSummary | null>;
  cancel(): void;
  importAnyway(duplicates: DuplicateEntry[]): Promise<void>;
  closeSummary(): void;
}

export function useImporter(host: HostApi, db: FazhiDb, projectId: string | null): Importer {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const controller = useRef<AbortController | null>(null);

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

  const start = useCallback(
    async (files: PickedFile[]) => {
      if (!projectId || files.length === 0 || controller.current) return null;
      const abort = new AbortController();
      controller.current = abort;
      setSummary(null);
      setProgress({ done: 0, total: files.length, current: files[0]!.name, imported: 0, duplicates: 0, failed: 0 });
      const result = await runImport({
        host,
        files,
        sink: projectSink(db, projectId),
        signal: abort.signal,
        onProgress: setProgress,
      });
      finish(result);
      return result;
    },
    [host, db, projectId, finish],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setCancelling(true);
  }, []);

  const importAnyway = useCallback(
    async (duplicates: DuplicateEntry[]) => {
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
    start,
    cancel,
    importAnyway,
    closeSummary: () => setSummary(null),
  };
}
