import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../model/document';
import { ParsePool, type PoolWorker, type PoolWorkerEvents } from './parse-pool';
import type { ParseRequest } from './worker-protocol';

/** A worker the test drives by hand: it records requests and answers or fails on demand. */
class FakeWorker implements PoolWorker {
  readonly requests: ParseRequest[] = [];
  terminated = false;
  constructor(readonly events: PoolWorkerEvents) {}
  postMessage(request: ParseRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(result: ImportResult): void {
    const request = this.requests.at(-1);
    if (request) this.events.message({ id: request.id, result });
  }
}

const empty = (fileName: string): ImportResult => ({
  ok: false,
  fileName,
  error: { code: 'empty', message: `${fileName} is empty.` },
});

function pool(size = 1, timeoutMs?: number) {
  const workers: FakeWorker[] = [];
  const p = new ParsePool(
    (events) => {
      const w = new FakeWorker(events);
      workers.push(w);
      return w;
    },
    { size, timeoutMs },
  );
  return { pool: p, workers };
}

const bytes = new Uint8Array([1]);

describe('ParsePool', () => {
  it('parses as many files at once as it has workers and answers each with its own result', async () => {
    const { pool: p, workers } = pool(2);
    const a = p.parse(bytes, 'a.txt');
    const b = p.parse(bytes, 'b.txt', { encoding: 'gbk' });
    const c = p.parse(bytes, 'c.txt');
    expect(workers.map((w) => w.requests.map((r) => r.fileName))).toEqual([['a.txt'], ['b.txt']]);
    expect(workers[1]?.requests[0]?.options).toEqual({ encoding: 'gbk' });
    workers[1]?.answer(empty('b.txt'));
    expect(await b).toEqual({ ok: true, result: empty('b.txt') });
    // The freed worker takes the next file; no third worker is started.
    expect(workers[1]?.requests.at(-1)?.fileName).toBe('c.txt');
    workers[0]?.answer(empty('a.txt'));
    workers[1]?.answer(empty('c.txt'));
    expect(await a).toEqual({ ok: true, result: empty('a.txt') });
    expect(await c).toEqual({ ok: true, result: empty('c.txt') });
    expect(workers).toHaveLength(2);
  });

  it('reports a crashed worker as a failed file naming it, and starts a new worker for the next', async () => {
    const { pool: p, workers } = pool();
    const doomed = p.parse(bytes, 'huge.pdf');
    const next = p.parse(bytes, 'ok.txt');
    workers[0]?.events.failed('out of memory');
    expect(await doomed).toMatchObject({
      ok: true,
      result: {
        ok: false,
        fileName: 'huge.pdf',
        error: { code: 'internal', message: expect.stringContaining('huge.pdf') },
      },
    });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.requests.map((r) => r.fileName)).toEqual(['ok.txt']);
    workers[1]?.answer(empty('ok.txt'));
    expect(await next).toEqual({ ok: true, result: empty('ok.txt') });
  });

  it('gives up on a file over its time budget with a timeout error naming it, and ignores a late answer', async () => {
    const { pool: p, workers } = pool(1, 20);
    const answer = await p.parse(bytes, 'loop.pdf');
    expect(answer).toMatchObject({
      ok: true,
      result: {
        ok: false,
        fileName: 'loop.pdf',
        error: { code: 'timeout', message: expect.stringMatching(/^loop\.pdf took longer than/) },
      },
    });
    expect(workers[0]?.terminated).toBe(true);
    workers[0]?.answer(empty('loop.pdf'));
    const again = p.parse(bytes, 'x.txt');
    workers[1]?.answer(empty('x.txt'));
    expect(await again).toEqual({ ok: true, result: empty('x.txt') });
  });

  it('answers a file whose worker cannot start with an error naming the file', async () => {
    const p = new ParsePool(() => {
      throw new Error('no such file import-worker.js');
    });
    expect(await p.parse(bytes, 'a.txt')).toMatchObject({
      ok: true,
      result: { ok: false, error: { code: 'internal', message: expect.stringContaining('import-worker.js') } },
    });
  });

  it('cancel stops the files being parsed at once and answers the queued ones; later files parse again', async () => {
    const { pool: p, workers } = pool(2);
    const answers = ['a', 'b', 'c'].map((n) => p.parse(bytes, `${n}.txt`));
    p.cancel();
    for (const a of answers) expect(await a).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(p.pending).toBe(0);
    const after = p.parse(bytes, 'd.txt');
    workers.at(-1)?.answer(empty('d.txt'));
    expect(await after).toEqual({ ok: true, result: empty('d.txt') });
  });

  it('answers running, queued and later files after dispose', async () => {
    const { pool: p, workers } = pool();
    const running = p.parse(bytes, 'a.txt');
    const waiting = p.parse(bytes, 'b.txt');
    p.dispose();
    expect(await running).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await p.parse(bytes, 'c.txt')).toMatchObject({ ok: false });
    expect(workers[0]?.terminated).toBe(true);
  });
});
