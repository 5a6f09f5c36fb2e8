/**
 * Runs an analysis in a Web Worker (both editions: the work is pure and needs
 * no host). Cancel ends the worker at once; a new run starts a fresh one.
 */
import type { AnalysisRequest, AnalysisResponse } from '../../../shared/reuse/worker-protocol';
import type { ReuseProgress } from '../../../shared/reuse/detect';
import { runWorkerJob, type WorkerJob } from './worker-job';

export type AnalysisRun<T> = WorkerJob<T>;

export function runAnalysis<T>(
  request: AnalysisRequest,
  pick: (r: AnalysisResponse) => T | undefined,
  onProgress: (p: ReuseProgress) => void = () => {},
): AnalysisRun<T> {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<AnalysisRequest, AnalysisResponse, T, ReuseProgress>(
    worker,
    request,
    (r) => {
      if (r.type === 'progress') return { kind: 'progress', progress: r.progress };
      if (r.type === 'error') return { kind: 'error', message: r.message };
      const value = pick(r);
      return value === undefined ? null : { kind: 'answer', value };
    },
    onProgress,
  );
}
