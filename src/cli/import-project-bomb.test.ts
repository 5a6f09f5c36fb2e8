/** `fazhi import` given a hostile .fazhi: the error says the import failed and why, not "could not restore". */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImport } from './import-command';
import { capture } from './capture.test-helper';
import { createBackup } from '../shared/backup/create-backup';
import { sampleSnapshot } from '../shared/export/fixtures/sample-snapshot';
import { bombZip } from '../shared/zip/hostile.test-helper';

afterEach(() => vi.restoreAllMocks());

describe('fazhi import of a .fazhi decompression bomb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-bomb-'));
  const manifest = unzipSync(createBackup(sampleSnapshot(), { appVersion: '0.1.0', now: '2025-04-01T00:00:00.000Z' }))[
    'manifest.json'
  ]!;
  const bomb = join(dir, 'bomb.fazhi');
  writeFileSync(bomb, bombZip('project.json', 200, { 'manifest.json': manifest }));

  it('names the import and the bomb, and says nothing was imported', async () => {
    const io = capture();
    expect(await runImport([bomb])).toBe(1);
    expect(io.stderr()).toMatch(
      /^fazhi import: Could not import "bomb\.fazhi": its entry project\.json expands .* decompression bomb.*\. Nothing was imported: it was not unpacked\.\n$/,
    );
    expect(io.stderr()).not.toMatch(/restore/i);
  });

  it('gives the same error in --json', async () => {
    const io = capture();
    expect(await runImport(['--json', bomb])).toBe(1);
    const out = JSON.parse(io.stdout()) as { results: { ok: boolean; error: { code: string; message: string } }[] };
    expect(out.results[0]).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(out.results[0]!.error.message).toMatch(/^Could not import "bomb\.fazhi": .*decompression bomb/);
  });
});
