import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TooManyFilesError, listFolder } from './list-folder';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-list-'));
  mkdirSync(join(root, '2023', '广东'), { recursive: true });
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'a.txt'), 'abc');
  writeFileSync(join(root, '2023', 'b.html'), '<p>x</p>');
  writeFileSync(join(root, '2023', '广东', '广州.pdf'), '%PDF');
  writeFileSync(join(root, '.DS_Store'), 'x');
  writeFileSync(join(root, '.git', 'HEAD'), 'ref');
  writeFileSync(join(root, '2023', '.hidden.txt'), 'x');
  return root;
}

describe('listFolder', () => {
  it('lists regular files recursively with relPaths, skipping hidden files and folders', async () => {
    const root = tree();
    const files = await listFolder(root);
    expect(files.map((f) => f.relPath)).toEqual(['2023/b.html', '2023/广东/广州.pdf', 'a.txt']);
    expect(files[1]).toEqual({
      path: join(root, '2023', '广东', '广州.pdf'),
      relPath: '2023/广东/广州.pdf',
      name: '广州.pdf',
      size: 4,
    });
  });

  it('follows a symlinked folder once and survives a link loop', async () => {
    const root = tree();
    symlinkSync(root, join(root, '2023', 'loop'));
    symlinkSync(join(root, 'a.txt'), join(root, 'link-to-a.txt'));
    symlinkSync(join(root, 'missing.txt'), join(root, 'dangling.txt'));
    const files = await listFolder(root);
    expect(files.map((f) => f.relPath)).toEqual(['2023/b.html', '2023/广东/广州.pdf', 'a.txt', 'link-to-a.txt']);
  });

  it('refuses folders with more files than the limit', async () => {
    const root = tree();
    await expect(listFolder(root, 2)).rejects.toBeInstanceOf(TooManyFilesError);
  });
});
