import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model/document';
import type { ParseRequest } from '../../shared/import/worker-protocol';
import { IMPORT_WORKER_HEAP_MB, ImportQueue } from './import-queue';
import type { WorkerLike } from './import-queue';

type Listener = (value: never) => void;

/** A fake worker_threads Worker: it records requests and emits events on demand. */
class FakeWorker implements WorkerLike {
  readonly requests: ParseRequest[] = [];
  readonly listeners = new Map<string, Listener[]>();
  terminated = false;
  postMessage(request: ParseRequest): void {
    this.requests.push(request);
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: 'message' | 'error' | 'exit', value: unknown): void {
    for (const l of this.listeners.get(event) ?? []) (l as (v: unknown) => void)(value);
  }
  async terminate(): Promise<number> {
    this.terminated = true;
    return 1;
  }
}

const empty = (fileName: string): ImportResult => ({
  ok: false,
  fileName,
  error: { code: 'empty', message: `${fileName} is empty.` },
});

function queue() {
  const workers: FakeWorker[] = [];
  const q = new ImportQueue(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { q, workers };
}

describe('ImportQueue (worker_threads behind the shared pool)', () => {
  it('keeps two threads parsing and passes their answers back', async () => {
    const { q, workers } = queue();
    const a = q.parse(new Uint8Array([1]), 'a.txt', {});
    const b = q.parse(new Uint8Array([2]), 'b.txt', {});
    expect(workers).toHaveLength(2);
    const req = workers[1]!.requests[0]!;
    workers[1]!.emit('message', { id: req.id, result: empty('b.txt') });
    expect(await b).toEqual({ ok: true, result: empty('b.txt') });
    q.cancel();
    expect(await a).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('reports a thread that hit its memory limit as a failed file that says so', async () => {
    const { q, workers } = queue();
    const answer = q.parse(new Uint8Array([1]), 'huge.pdf', {});
    workers[0]!.emit(
      'error',
      Object.assign(new Error('Worker terminated due to reaching memory limit'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }),
    );
    expect(await answer).toMatchObject({
      ok: true,
      result: {
        ok: false,
        error: { code: 'internal', message: expect.stringContaining(`${IMPORT_WORKER_HEAP_MB} MB`) },
      },
    });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('reports an exited thread and replaces it', async () => {
    const { q, workers } = queue();
    const answer = q.parse(new Uint8Array([1]), 'a.txt', {});
    workers[0]!.emit('exit', 1);
    expect(await answer).toMatchObject({
      ok: true,
      result: { ok: false, error: { message: expect.stringContaining('exit code 1') } },
    });
    void q.parse(new Uint8Array([1]), 'b.txt', {});
    expect(workers.at(-1)!.requests.map((r) => r.fileName)).toEqual(['b.txt']);
    await q.dispose();
  });
});
