import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model/document';
import type { ImportJob } from '../import-job';
import { ImportQueue } from './import-queue';
import type { WorkerLike } from './import-queue';

type Listener = (value: never) => void;

/** A fake worker the test drives by hand: it records jobs and emits events on demand. */
class FakeWorker implements WorkerLike {
  readonly jobs: ImportJob[] = [];
  readonly listeners = new Map<string, Listener[]>();
  terminated = false;
  postMessage(job: ImportJob): void {
    this.jobs.push(job);
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
  answer(result: ImportResult): void {
    const job = this.jobs.at(-1);
    if (job) this.emit('message', { id: job.id, result });
  }
}

const parsed = (fileName: string): ImportResult => ({
  ok: false,
  fileName,
  error: { code: 'empty', message: `${fileName} is empty.` },
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ImportQueue', () => {
  it('runs jobs one at a time in one worker and answers each with its result', async () => {
    const workers: FakeWorker[] = [];
    const queue = new ImportQueue(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const first = queue.parse(new Uint8Array([1]), 'a.txt', {});
    const second = queue.parse(new Uint8Array([2]), 'b.txt', { encoding: 'gbk' });
    await tick();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.jobs.map((j) => j.fileName)).toEqual(['a.txt']);
    workers[0]?.answer(parsed('a.txt'));
    expect(await first).toEqual({ ok: true, result: parsed('a.txt') });
    expect(workers[0]?.jobs.at(-1)).toMatchObject({ fileName: 'b.txt', options: { encoding: 'gbk' } });
    workers[0]?.answer(parsed('b.txt'));
    expect(await second).toEqual({ ok: true, result: parsed('b.txt') });
    expect(workers).toHaveLength(1);
  });

  it('answers internal when the worker crashes, then restarts it for the next file', async () => {
    const workers: FakeWorker[] = [];
    const queue = new ImportQueue(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const doomed = queue.parse(new Uint8Array([1]), 'huge.pdf', {});
    const next = queue.parse(new Uint8Array([2]), 'ok.txt', {});
    workers[0]?.emit('error', new Error('out of memory'));
    workers[0]?.emit('exit', 1);
    expect(await doomed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.jobs.map((j) => j.fileName)).toEqual(['ok.txt']);
    workers[1]?.answer(parsed('ok.txt'));
    expect(await next).toEqual({ ok: true, result: parsed('ok.txt') });
  });

  it('gives up on a file that hangs and replaces the worker', async () => {
    const workers: FakeWorker[] = [];
    const queue = new ImportQueue(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, 20);
    const answer = await queue.parse(new Uint8Array([1]), 'loop.pdf', {});
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'loop.pdf took too long to read.' },
    });
    expect(workers[0]?.terminated).toBe(true);
    // A late answer from the replaced worker is ignored.
    workers[0]?.answer(parsed('loop.pdf'));
    const again = queue.parse(new Uint8Array([1]), 'x.txt', {});
    workers[1]?.answer(parsed('x.txt'));
    expect(await again).toEqual({ ok: true, result: parsed('x.txt') });
  });

  it('answers internal when the worker cannot even start', async () => {
    const queue = new ImportQueue(() => {
      throw new Error('no such file import-worker.js');
    });
    expect(await queue.parse(new Uint8Array(), 'a.txt', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('import-worker.js') },
    });
  });

  it('answers pending and later jobs after dispose', async () => {
    const worker = new FakeWorker();
    const queue = new ImportQueue(() => worker);
    const running = queue.parse(new Uint8Array(), 'a.txt', {});
    const waiting = queue.parse(new Uint8Array(), 'b.txt', {});
    await queue.dispose();
    expect(await running).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await queue.parse(new Uint8Array(), 'c.txt', {})).toMatchObject({ ok: false });
    expect(worker.terminated).toBe(true);
  });
});
