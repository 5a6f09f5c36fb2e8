import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SaveRequest } from '../../shared/ipc/contract';
import { saveFile } from './save-file';

const request: SaveRequest = {
  suggestedName: '编码结果.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  data: new TextEncoder().encode('doc,code\n1,measures\n'),
  mime: 'text/csv',
};

describe('saveFile', () => {
  it('writes the bytes where the user chose and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-save-'));
    const target = join(dir, 'out.csv');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const result = await saveFile([request], { showSaveDialog, defaultDir: '/docs', title: 'Export' });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toBe('doc,code\n1,measures\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/docs', '编码结果.csv'), filters: request.filters }),
    );
  });

  it('suggests only a file name, never a folder from the page', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    await saveFile([{ ...request, suggestedName: '../../etc/evil.csv' }], {
      showSaveDialog,
      defaultDir: '/docs',
      title: 'Export',
    });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join('/docs', 'evil.csv') }));
  });

  it('answers cancelled when the dialog is dismissed', async () => {
    const showSaveDialog = async () => ({ canceled: true, filePath: '' });
    const result = await saveFile([request], { showSaveDialog, defaultDir: '/docs', title: 'Export' });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('keeps the old file intact and cleans up when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-save-'));
    const target = join(dir, 'out.csv');
    writeFileSync(target, 'old export');
    const failingFs = {
      writeFile,
      unlink,
      rename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    const showSaveDialog = async () => ({ canceled: false, filePath: target });
    const result = await saveFile([request], { showSaveDialog, defaultDir: dir, title: 'Export' }, failingFs);
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(readFileSync(target, 'utf8')).toBe('old export');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('reports a folder that does not exist as not-found', async () => {
    const showSaveDialog = async () => ({ canceled: false, filePath: join(tmpdir(), 'no-such-dir-fazhi', 'x.csv') });
    const result = await saveFile(
      [request],
      { showSaveDialog, defaultDir: '/docs', title: 'Export' },
      { writeFile, rename, unlink },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
