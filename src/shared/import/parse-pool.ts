/**
 * A pool of import workers and a queue in front of it: the one scheduler the
 * desktop main process, the web edition and the CLI all use (each passes in how
 * to start its kind of worker). Up to `size` files parse at once, one per worker.
 * A worker that crashes, exits or runs over the per-file time budget is stopped
 * and replaced, and its file answered with an error naming it; the queue goes on.
 * `cancel()` stops the files being parsed at once (their workers are terminated)
 * and answers everything queued as cancelled. `parse` never rejects.
 */
import type { HostError } from '../ipc/contract';
import type { ImportOptions, ImportResult } from '../model/document';
import {
  isParseResponse,
  PARSE_TIME_BUDGET_MS,
  timeoutResult,
  workerDiedResult,
  type ParseRequest,
} from './worker-protocol';

/** The part of a worker (worker_threads or Web Worker) the pool uses. */
export interface PoolWorker {
  postMessage(request: ParseRequest): void;
  terminate(): unknown;
}

/** What the pool wants to hear from a worker it started. */
export interface PoolWorkerEvents {
  message(value: unknown): void;
  /** The worker crashed, exited or could not load; `detail` says how. */
  failed(detail: string): void;
}

export type SpawnPoolWorker = (events: PoolWorkerEvents) => PoolWorker;

/** A parse result, or why there is none: cancelled by the user, or the pool closing. */
export type PoolAnswer = { ok: true; result: ImportResult } | { ok: false; error: HostError };

export interface ParsePoolOptions {
  /** Workers (files parsed at once); at least 1. */
  size?: number;
  /** Per-file time budget. */
  timeoutMs?: number;
  /** Extra time a fresh worker's first file gets for the worker to load its code (default BOOT_ALLOWANCE_MS). */
  bootAllowanceMs?: number;
}

interface Job {
  request: ParseRequest;
  resolve: (answer: PoolAnswer) => void;
}

interface Slot {
  worker: PoolWorker | null;
  job: Job | null;
  timer: unknown;
}

const CLOSING: PoolAnswer = { ok: false, error: { code: 'internal', message: 'The import is closing.' } };
const CANCELLED: PoolAnswer = { ok: false, error: { code: 'cancelled', message: 'The import was cancelled.' } };

/**
 * Start-up time allowed to a fresh worker on top of its first file's budget: an app
 * worker loads in well under a second; the CLI's, through tsx, takes seconds on a
 * busy machine and asks for more (15 + 3 s still ends under 20 s).
 */
export const BOOT_ALLOWANCE_MS = 1_000;

export class ParsePool {
  readonly #slots: Slot[];
  readonly #waiting: Job[] = [];
  readonly #timeoutMs: number;
  readonly #bootMs: number;
  #nextId = 1;
  #disposed = false;

  constructor(
    private readonly spawn: SpawnPoolWorker,
    options: ParsePoolOptions = {},
  ) {
    const size = Math.max(1, Math.floor(options.size ?? 1));
    this.#timeoutMs = options.timeoutMs ?? PARSE_TIME_BUDGET_MS;
    this.#bootMs = options.bootAllowanceMs ?? BOOT_ALLOWANCE_MS;
    this.#slots = Array.from({ length: size }, () => ({ worker: null, job: null, timer: null }));
  }

  get size(): number {
    return this.#slots.length;
  }

  /** Files being parsed or waiting. */
  get pending(): number {
    return this.#waiting.length + this.#slots.filter((s) => s.job).length;
  }

  parse(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<PoolAnswer> {
    if (this.#disposed) return Promise.resolve(CLOSING);
    return new Promise((resolve) => {
      this.#waiting.push({ request: { id: this.#nextId++, fileName, bytes, options }, resolve });
      this.#pump();
    });
  }

  /** Stops every file being parsed (their workers are replaced) and answers all queued files as cancelled. */
  cancel(): void {
    for (const job of this.#waiting.splice(0)) job.resolve(CANCELLED);
    for (const slot of this.#slots) if (slot.job) this.#drop(slot, CANCELLED);
  }

  /** Stops all workers; whatever is queued or running is answered with an error. */
  dispose(): void {
    this.#disposed = true;
    for (const job of this.#waiting.splice(0)) job.resolve(CLOSING);
    for (const slot of this.#slots) {
      if (slot.job) this.#drop(slot, CLOSING);
      else if (slot.worker) {
        void Promise.resolve(slot.worker.terminate()).catch(() => undefined);
        slot.worker = null;
      }
    }
  }

  #pump(): void {
    if (this.#disposed) return;
    for (const slot of this.#slots) {
      if (slot.job) continue;
      const job = this.#waiting.shift();
      if (!job) return;
      this.#run(slot, job);
    }
  }

  #run(slot: Slot, job: Job): void {
    slot.job = job;
    const { fileName } = job.request;
    try {
      const fresh = !slot.worker;
      const worker = slot.worker ?? this.#start(slot);
      // A new worker first loads its code: that is not the file's time, so its first file gets more.
      slot.timer = setTimeout(
        () => this.#drop(slot, { ok: true, result: timeoutResult(fileName, this.#timeoutMs) }),
        this.#timeoutMs + (fresh ? this.#bootMs : 0),
      );
      worker.postMessage(job.request);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.#drop(slot, { ok: true, result: workerDiedResult(fileName, `it could not start: ${detail}`) });
    }
  }

  #start(slot: Slot): PoolWorker {
    // Events from a worker this slot has already replaced are ignored.
    const worker: PoolWorker = this.spawn({
      message: (value) => {
        if (slot.worker !== worker || !slot.job || !isParseResponse(value)) return;
        if (value.id !== slot.job.request.id) return;
        this.#settle(slot, { ok: true, result: value.result });
      },
      failed: (detail) => {
        if (slot.worker !== worker) return;
        if (slot.job) this.#drop(slot, { ok: true, result: workerDiedResult(slot.job.request.fileName, detail) });
        else {
          slot.worker = null;
          void Promise.resolve(worker.terminate()).catch(() => undefined);
        }
      },
    });
    slot.worker = worker;
    return worker;
  }

  /** Stops the slot's worker (the next job starts a fresh one) and answers its job. */
  #drop(slot: Slot, answer: PoolAnswer): void {
    const worker = slot.worker;
    slot.worker = null;
    if (worker) void Promise.resolve(worker.terminate()).catch(() => undefined);
    this.#settle(slot, answer);
  }

  #settle(slot: Slot, answer: PoolAnswer): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve(answer);
    this.#pump();
  }
}
