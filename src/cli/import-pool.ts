/**
 * The CLI's parse workers: worker_threads threads running import-worker.ts behind
 * the shared ParsePool. The CLI runs from TypeScript through tsx, so each thread
 * registers tsx before loading the worker module.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ParsePool, type PoolWorker } from '../shared/import/parse-pool';

/** Heap limit of one thread: a pathological file stops its thread, not the whole import. */
const WORKER_HEAP_MB = 1024;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export function cliParsePool(jobs: number, timeoutMs?: number): ParsePool {
  const url = new URL('./import-worker.ts', import.meta.url).href;
  // Resolved here: the thread's own code is evaluated relative to the current directory.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`;
  return new ParsePool(
    (events): PoolWorker => {
      const worker = new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      worker.on('message', (value: unknown) => events.message(value));
      worker.on('error', (err) => events.failed(err.message));
      worker.on('exit', (code) => events.failed(`exit code ${code}`));
      return worker;
    },
    // Each thread registers tsx and compiles the core before its first file: seconds under load.
    { size: jobs, bootAllowanceMs: 3_000, ...(timeoutMs ? { timeoutMs } : {}) },
  );
}
