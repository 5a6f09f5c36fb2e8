import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FileRegistry } from './file-registry';
import { pickFiles, registerFiles, sampleFiles } from './pick-files';
import type { PickDeps } from './pick-files';

const labels = {
  importFiles: 'Import files',
  importFolder: 'Import folder',
  reports: 'Reports',
  allFiles: 'All files',
  openProject: 'Open project file',
  projects: 'Project files',
};

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-pick-'));
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'a.txt'), '一、主要举措');
  writeFileSync(join(root, 'sub', 'b.pdf'), '%PDF-1.7');
  writeFileSync(join(root, '.hidden'), 'x');
  return root;
}

describe('pickFiles', () => {
  it('registers the chosen files and offers report filters plus all files', async () => {
    const root = folder();
    const registry = new FileRegistry();
    const showOpenDialog = vi.fn<PickDeps['showOpenDialog']>(async () => ({
      canceled: false,
      filePaths: [join(root, 'a.txt'), join(root, 'sub')],
    }));
    const result = await pickFiles([{ folder: false }], { registry, showOpenDialog, labels });
    expect(result.ok && result.value.map(({ name, relPath, size }) => ({ name, relPath, size }))).toEqual([
      { name: 'a.txt', relPath: '', size: 18 },
    ]);
    const options = showOpenDialog.mock.calls[0]?.[0];
    expect(options).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    expect(options?.filters).toEqual([
      // Every ending a reader takes (the web edition offered ten, the desktop five).
      {
        name: 'Reports',
        extensions: ['txt', 'text', 'md', 'html', 'htm', 'shtml', 'xhtml', 'docx', 'docm', 'dotx', 'pdf', 'doc', 'wps'],
      },
      { name: 'All files', extensions: ['*'] },
    ]);
    if (result.ok) expect(registry.get(result.value[0]?.token ?? '')).toMatchObject({ path: join(root, 'a.txt') });
  });

  it('offers project files (backups, REFI-QDA) when asked for projects', async () => {
    const root = folder();
    const showOpenDialog = vi.fn<PickDeps['showOpenDialog']>(async () => ({
      canceled: false,
      filePaths: [join(root, 'a.txt')],
    }));
    await pickFiles([{ folder: false, kind: 'projects' }], { registry: new FileRegistry(), showOpenDialog, labels });
    expect(showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Open project file',
      properties: ['openFile'],
      filters: [{ name: 'Project files', extensions: ['fazhi', 'qdpx', 'qdc'] }],
    });
  });

  it('lists a chosen folder recursively with relative paths', async () => {
    const root = folder();
    const showOpenDialog = vi.fn<PickDeps['showOpenDialog']>(async () => ({ canceled: false, filePaths: [root] }));
    const result = await pickFiles([{ folder: true }], { registry: new FileRegistry(), showOpenDialog, labels });
    expect(showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openDirectory'] });
    expect(result.ok && result.value.map((f) => f.relPath)).toEqual(['a.txt', 'sub/b.pdf']);
  });

  it('answers cancelled when the dialog is dismissed', async () => {
    const showOpenDialog = async () => ({ canceled: true, filePaths: [] });
    const result = await pickFiles([{ folder: true }], { registry: new FileRegistry(), showOpenDialog, labels });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('answers not-found when the picked folder vanished', async () => {
    const showOpenDialog = async () => ({ canceled: false, filePaths: [join(tmpdir(), 'fazhi-gone-folder')] });
    const result = await pickFiles([{ folder: true }], { registry: new FileRegistry(), showOpenDialog, labels });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('registerFiles', () => {
  it('keeps dropped bytes under a token with the file name only', () => {
    const registry = new FileRegistry();
    const data = new Uint8Array([1, 2, 3]);
    const result = registerFiles([[{ name: 'r.txt', relPath: 'x/r.txt', data }]], registry);
    expect(result.ok).toBe(true);
    const picked = result.ok ? result.value[0] : undefined;
    expect(picked).toMatchObject({ name: 'r.txt', relPath: 'x/r.txt', size: 3 });
    expect(registry.get(picked?.token ?? '')).toMatchObject({ bytes: data });
  });
});

describe('sampleFiles', () => {
  it('lists the bundled samples without index.json or hidden files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-samples-'));
    writeFileSync(join(dir, 'dida-2022.txt'), 'x');
    writeFileSync(join(dir, 'chaoyang-ln-2024.gbk.html'), 'y');
    writeFileSync(join(dir, 'index.json'), '[]');
    writeFileSync(join(dir, '.DS_Store'), '');
    const result = await sampleFiles(dir, new FileRegistry());
    expect(result.ok && result.value.map((f) => f.name)).toEqual(['chaoyang-ln-2024.gbk.html', 'dida-2022.txt']);
  });

  it('finds the real samples shipped in resources/samples', async () => {
    const result = await sampleFiles(join(import.meta.dirname, '../../../resources/samples'), new FileRegistry());
    expect(result.ok && result.value.map((f) => f.name)).toContain('dida-2022.gov.pdf');
  });

  it('reports a missing sample folder as not-found', async () => {
    const result = await sampleFiles(join(tmpdir(), 'fazhi-no-samples'), new FileRegistry());
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
