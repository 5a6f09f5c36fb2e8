/**
 * A real worker_threads round trip: the import worker module (run from source
 * through tsx) parses the bundled samples behind the ImportQueue, as in the app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportQueue } from './host/import-queue';

const workerUrl = pathToFileURL(join(import.meta.dirname, 'import-worker.ts')).href;
// tsx's loader is registered inside the thread, then the TypeScript module is imported.
const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); });`;
const samples = join(import.meta.dirname, '../../resources/samples');

describe('import worker', () => {
  const queue = new ImportQueue(() => new Worker(bootstrap, { eval: true }));
  afterAll(() => queue.dispose());

  it('parses a sample report off the main thread', async () => {
    const bytes = new Uint8Array(readFileSync(join(samples, 'dida-2022.gb18030.txt')));
    const answer = await queue.parse(bytes, 'dida-2022.gb18030.txt', {});
    expect(answer.ok).toBe(true);
    if (!answer.ok || !answer.result.ok) throw new Error(JSON.stringify(answer));
    expect(answer.result.document.format).toBe('txt');
    expect(answer.result.document.encoding).toBe('gb18030');
    expect(answer.result.document.text).toContain('法治');
  });

  it('parses a PDF with the PDF engine the worker loads itself, in the same worker', async () => {
    const bytes = new Uint8Array(readFileSync(join(samples, 'dida-2022.gov.pdf')));
    const answer = await queue.parse(bytes, 'dida-2022.gov.pdf', {});
    if (!answer.ok || !answer.result.ok) throw new Error(JSON.stringify(answer));
    expect(answer.result.document.format).toBe('pdf');
    expect(answer.result.document.text).toContain('法治');
  });

  it('answers a file it cannot read with a failed import, not a crash', async () => {
    const answer = await queue.parse(new Uint8Array(), 'empty.txt', {});
    expect(answer).toMatchObject({ ok: true, result: { ok: false, fileName: 'empty.txt', error: { code: 'empty' } } });
  });
});
