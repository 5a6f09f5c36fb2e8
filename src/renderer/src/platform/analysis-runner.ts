/**
 * Runs an analysis in a Web Worker (both editions: the work is pure and needs
 * no host). Cancel ends the worker at once; a new run starts a fresh one.
 */
import type { AnalysisRequest, AnalysisResponse } from '../../../shared/reuse/worker-protocol';
import type { ReuseProgress } from '../../../shared/reuse/detect';

export interface AnalysisRun<T> {
  done: Promise<T | null>;
  cancel(): void;
}

export function runAnalysis<T>(
  request: AnalysisRequest,
  pick: (r: AnalysisResponse) => T | undefined,
  onProgress: (p: ReuseProgress) => void = () => {},
): AnalysisRun<T> {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  let settle: (v: T | null) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const done = new Promise<T | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (e: MessageEvent<AnalysisResponse>) => {
    const r = e.data;
    if (r.type === 'progress') onProgress(r.progress);
    else if (r.type === 'error') {
      worker.terminate();
      fail(new Error(r.message));
    } else {
      const value = pick(r);
      if (value !== undefined) {
        worker.terminate();
        settle(value);
      }
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    fail(new Error(e.message || 'The analysis worker stopped.'));
  };
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
