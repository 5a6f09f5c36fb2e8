import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../shared/model/document';
import { FileRegistry } from './file-registry';
import { parseFile } from './parse-file';
import type { ParseDeps } from './parse-file';

const result: ImportResult = { ok: false, fileName: 'a.txt', error: { code: 'empty', message: 'a.txt is empty.' } };

function setup(maxBytes?: number) {
  const registry = new FileRegistry();
  const parse = vi.fn<ParseDeps['parse']>(async () => ({ ok: true, result }));
  return { registry, parse, deps: { registry, parse, maxBytes } satisfies ParseDeps };
}

describe('parseFile', () => {
  it('reads a picked file, parses it in the worker and returns the bytes', async () => {
    const { registry, parse, deps } = setup();
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-parse-'));
    writeFileSync(join(dir, 'a.txt'), '法治');
    const { token } = registry.add({ name: 'a.txt', relPath: '', size: 6, path: join(dir, 'a.txt') });
    const answer = await parseFile([token, { encoding: 'utf-8' }], deps);
    expect(answer).toEqual({ ok: true, value: { token, result, bytes: new TextEncoder().encode('法治') } });
    expect(parse).toHaveBeenCalledWith(expect.any(Uint8Array), 'a.txt', { encoding: 'utf-8' });
  });

  it('parses dropped bytes as they are', async () => {
    const { registry, parse, deps } = setup();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf]);
    const { token } = registry.add({ name: 'd.txt', relPath: '', size: 3, bytes });
    const answer = await parseFile([token, {}], deps);
    expect(answer.ok && answer.value.bytes).toEqual(bytes);
    expect(parse).toHaveBeenCalledWith(bytes, 'd.txt', {});
  });

  it('refuses files over the size cap without reading or parsing them', async () => {
    const { registry, parse, deps } = setup(4);
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-parse-'));
    writeFileSync(join(dir, 'big.pdf'), '0123456789');
    const { token } = registry.add({ name: 'big.pdf', relPath: '', size: 3, path: join(dir, 'big.pdf') });
    expect(await parseFile([token, {}], deps)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const dropped = registry.add({ name: 'big.txt', relPath: '', size: 5, bytes: new Uint8Array(5) });
    expect(await parseFile([dropped.token, {}], deps)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(parse).not.toHaveBeenCalled();
  });

  it('answers not-found for an unknown token or a file deleted since it was picked', async () => {
    const { registry, deps } = setup();
    expect(await parseFile(['nope', {}], deps)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const { token } = registry.add({ name: 'gone.txt', relPath: '', size: 1, path: join(tmpdir(), 'fazhi-gone.txt') });
    expect(await parseFile([token, {}], deps)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('passes a worker failure through as the answer', async () => {
    const { registry, parse, deps } = setup();
    parse.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'The import worker crashed.' } });
    const { token } = registry.add({ name: 'x.pdf', relPath: '', size: 1, bytes: new Uint8Array(1) });
    expect(await parseFile([token, {}], deps)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The import worker crashed.' },
    });
  });
});
