/**
 * The desktop app's import workers: worker_threads threads of the main process
 * behind the shared ParsePool (one per core, so a folder import keeps both cores
 * parsing while menus and dialogs stay responsive). Each thread runs under a
 * memory limit: a file that would need more is stopped and reported, and the
 * app goes on. A crash, exit, time-out or the limit replaces the thread.
 */
import { ParsePool, type PoolAnswer, type PoolWorker } from '../../shared/import/parse-pool';
import type { ParseRequest } from '../../shared/import/worker-protocol';
import type { ImportOptions } from '../../shared/model/document';

/** The part of worker_threads' Worker the queue uses. */
export interface WorkerLike {
  postMessage(request: ParseRequest): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export type QueueAnswer = PoolAnswer;

/** Heap limit of one import thread (worker_threads resourceLimits.maxOldGenerationSizeMb). */
export const IMPORT_WORKER_HEAP_MB = 1024;

export interface ImportQueueOptions {
  /** Threads; default 2 (the machine's cores, at most). */
  size?: number;
  timeoutMs?: number;
}

function describeError(err: Error): string {
  const code = 'code' in err ? String(err.code) : '';
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `it needed more than ${IMPORT_WORKER_HEAP_MB} MB of memory`;
  return `it crashed: ${err.message}`;
}

export class ImportQueue {
  readonly #pool: ParsePool;

  constructor(spawn: () => WorkerLike, options: ImportQueueOptions = {}) {
    this.#pool = new ParsePool(
      (events): PoolWorker => {
        const worker = spawn();
        worker.on('message', (value) => events.message(value));
        worker.on('error', (err) => events.failed(describeError(err)));
        worker.on('exit', (code) => events.failed(`exit code ${code}`));
        return worker;
      },
      { size: options.size ?? 2, timeoutMs: options.timeoutMs },
    );
  }

  /** Parses one file in a worker. Never rejects. */
  parse(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<QueueAnswer> {
    return this.#pool.parse(bytes, fileName, options);
  }

  /** Stops the files being parsed now (Cancel in the import panel). */
  cancel(): void {
    this.#pool.cancel();
  }

  /** Stops the workers; queued jobs are answered with an error. */
  async dispose(): Promise<void> {
    this.#pool.dispose();
  }
}
