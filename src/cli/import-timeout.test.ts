/**
 * `fazhi import --timeout S`: a file that keeps the parser busy longer is given up
 * on with a `timeout` error naming it, within the budget, and the batch goes on.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImport } from './import-command';

const SAMPLES = join(import.meta.dirname, '../../resources/samples');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('fazhi import --timeout', () => {
  it('gives up on a slow file after the given seconds and imports the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-timeout-'));
    // About 30 MB of report text (under the 32 MB text cap): seconds of analysis, far more than 1 s.
    const base = readFileSync(join(SAMPLES, 'linping-2022.txt'), 'utf8');
    const copies: string[] = [];
    for (let k = 0, size = 0; size < 30 * 1024 * 1024; k++) {
      const copy = `${base.replace(/\d/g, (d) => String((Number(d) + k) % 10))}(${k})\n`;
      copies.push(copy);
      size += Buffer.byteLength(copy);
    }
    const slow = join(dir, 'slow.txt');
    writeFileSync(slow, copies.join(''));
    const io = capture();
    const t0 = performance.now();
    expect(await runImport(['--json', '--jobs', '1', '--timeout', '1', slow, join(SAMPLES, 'dida-2022.txt')])).toBe(0);
    // 1 s of budget (+ 3 s for each fresh worker to start), not the file's own many seconds.
    expect(performance.now() - t0).toBeLessThan(15_000);
    const { results } = JSON.parse(io.out.join('')) as {
      results: { file: string; ok: boolean; error?: { code: string; message: string } }[];
    };
    expect(results.map((r) => [r.file.split('/').pop(), r.ok, r.error?.code])).toEqual([
      ['slow.txt', false, 'timeout'],
      ['dida-2022.txt', true, undefined],
    ]);
    expect(results[0]!.error!.message).toMatch(/slow\.txt took longer than 1 s to read/);
  }, 60_000);

  it('refuses a timeout that is not a number of seconds', async () => {
    const io = capture();
    expect(await runImport(['--timeout', 'soon', 'x.txt'])).not.toBe(0);
    expect(io.err.join('')).toContain('--timeout needs seconds from 1 to 3600');
  });
});
