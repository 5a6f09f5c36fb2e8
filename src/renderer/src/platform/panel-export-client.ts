/**
 * The panel dataset export, built in a Web Worker (panel-export.worker.ts) that
 * reads the project from IndexedDB itself: the page only receives the file's bytes,
 * so a 3,000-report project never blocks it. Progress counts the reports read.
 */
import type { PanelForm, PanelFormat } from '../../../shared/panel/panel-file';
import { runWorkerJob, type WorkerJob } from './worker-job';

export interface PanelExportRequest {
  dbName: string;
  projectId: string;
  form: PanelForm;
  format: PanelFormat;
  sheet: string;
}

export interface PanelExportProgress {
  done: number;
  total: number;
}

export type PanelExportResponse =
  | { type: 'progress'; progress: PanelExportProgress }
  | { type: 'done'; data: Uint8Array; rows: number }
  | { type: 'error'; message: string };

export function runPanelExport(
  request: PanelExportRequest,
  onProgress: (p: PanelExportProgress) => void,
): WorkerJob<{ data: Uint8Array; rows: number }> {
  const worker = new Worker(new URL('./panel-export.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<PanelExportRequest, PanelExportResponse, { data: Uint8Array; rows: number }, PanelExportProgress>(
    worker,
    request,
    (r) =>
      r.type === 'progress'
        ? { kind: 'progress', progress: r.progress }
        : r.type === 'error'
          ? { kind: 'error', message: r.message }
          : { kind: 'answer', value: { data: r.data, rows: r.rows } },
    onProgress,
  );
}
