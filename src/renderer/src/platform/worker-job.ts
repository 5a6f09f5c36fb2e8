/**
 * One job in a dedicated Web Worker: post the request, report progress, settle
 * with the answer. Cancel ends the worker at once (the work is pure or reads only,
 * so nothing is left half-done); a new job starts a fresh worker.
 */
export interface WorkerJob<T> {
  /** The answer, or null when cancelled. */
  done: Promise<T | null>;
  cancel(): void;
}

export type WorkerReply<T, P> =
  { kind: 'progress'; progress: P } | { kind: 'error'; message: string } | { kind: 'answer'; value: T } | null;

export function runWorkerJob<Req, Res, T, P>(
  worker: Worker,
  request: Req,
  read: (r: Res) => WorkerReply<T, P>,
  onProgress: (p: P) => void,
  transfer: Transferable[] = [],
): WorkerJob<T> {
  let settle: (v: T | null) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const done = new Promise<T | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (e: MessageEvent<Res>) => {
    const r = read(e.data);
    if (r === null) return;
    if (r.kind === 'progress') onProgress(r.progress);
    else {
      worker.terminate();
      if (r.kind === 'error') fail(new Error(r.message));
      else settle(r.value);
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    fail(new Error(e.message || 'The worker stopped.'));
  };
  worker.postMessage(request, transfer);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
