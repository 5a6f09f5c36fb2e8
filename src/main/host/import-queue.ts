/**
 * One long-lived import worker and a queue in front of it. Jobs run one at a time
 * (the renderer already parses a couple of files ahead; more would only compete
 * for the 2 cores with the UI). A worker that crashes, exits or hangs is replaced
 * and its job answered with an `internal` error; the queue carries on.
 */
import type { HostError } from '../../shared/ipc/contract';
import type { ImportOptions, ImportResult } from '../../shared/model/document';
import type { ImportJob } from '../import-job';
import { isImportJobDone } from '../import-job';

/** The part of worker_threads' Worker the queue uses. */
export interface WorkerLike {
  postMessage(job: ImportJob): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export type QueueAnswer = { ok: true; result: ImportResult } | { ok: false; error: HostError };

const CLOSING: QueueAnswer = { ok: false, error: { code: 'internal', message: 'The app is closing.' } };

interface Pending {
  job: ImportJob;
  resolve: (answer: QueueAnswer) => void;
}

export class ImportQueue {
  #worker: WorkerLike | null = null;
  #current: Pending | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  readonly #waiting: Pending[] = [];
  #nextId = 1;
  #disposed = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    /** A file that takes longer than this is given up on (the worker is replaced). */
    private readonly timeoutMs = 180_000,
  ) {}

  /** Parses one file in the worker. Never rejects. */
  parse(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<QueueAnswer> {
    if (this.#disposed) return Promise.resolve(CLOSING);
    return new Promise((resolve) => {
      this.#waiting.push({ job: { id: this.#nextId++, bytes, fileName, options }, resolve });
      this.#pump();
    });
  }

  /** Stops the worker; queued jobs are answered with an error. */
  async dispose(): Promise<void> {
    this.#disposed = true;
    const worker = this.#worker;
    this.#worker = null;
    for (const p of this.#waiting.splice(0)) p.resolve(CLOSING);
    this.#finish(CLOSING);
    await worker?.terminate();
  }

  #pump(): void {
    if (this.#current || this.#disposed) return;
    const next = this.#waiting.shift();
    if (!next) return;
    this.#current = next;
    try {
      const worker = this.#ensureWorker();
      this.#timer = setTimeout(() => this.#fail(worker, `${next.job.fileName} took too long to read.`), this.timeoutMs);
      worker.postMessage(next.job);
    } catch (err) {
      this.#worker = null;
      const detail = err instanceof Error ? err.message : String(err);
      this.#finish({ ok: false, error: { code: 'internal', message: `The import worker could not start: ${detail}` } });
    }
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.spawn();
    this.#worker = worker;
    // Events from a worker we already replaced are ignored.
    worker.on('message', (value) => {
      if (worker !== this.#worker || !this.#current || !isImportJobDone(value)) return;
      if (value.id !== this.#current.job.id) return;
      this.#finish({ ok: true, result: value.result });
    });
    worker.on('error', (err) => this.#fail(worker, `The import worker crashed: ${err.message}`));
    worker.on('exit', (code) => this.#fail(worker, `The import worker stopped (exit code ${code}).`));
    return worker;
  }

  /** Drops `worker` (if still ours) and answers the job it was running. */
  #fail(worker: WorkerLike, message: string): void {
    if (worker !== this.#worker) return;
    this.#worker = null;
    void worker.terminate().catch(() => undefined);
    this.#finish({ ok: false, error: { code: 'internal', message } });
  }

  #finish(answer: QueueAnswer): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const current = this.#current;
    this.#current = null;
    current?.resolve(answer);
    this.#pump();
  }
}
