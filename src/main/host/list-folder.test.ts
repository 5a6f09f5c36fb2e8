import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TooManyFilesError, listFolder, walkFolder } from './list-folder';

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

  it('walks a folder of 3,000 files in pages of at most 500, each file once, before the walk ends', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fazhi-walk-'));
    for (let d = 0; d < 3; d++) {
      mkdirSync(join(root, `20${20 + d}`));
      for (let i = 0; i < 1000; i++) writeFileSync(join(root, `20${20 + d}`, `r${String(i).padStart(4, '0')}.txt`), '');
    }
    writeFileSync(join(root, '.hidden'), '');
    const walk = walkFolder(root, { pageSize: 500 });
    // The first page comes before the rest is walked: a file added to the last folder after it is found.
    const first = await walk.next();
    writeFileSync(join(root, '2022', 'r1000.txt'), '');
    expect(first.done).toBe(false);
    expect(first.value).toHaveLength(500);
    expect(first.value?.[0]?.relPath).toBe('2020/r0000.txt');
    const sizes = [first.value?.length];
    const seen = new Set(first.value?.map((f) => f.relPath));
    for await (const page of walk) {
      sizes.push(page.length);
      for (const f of page) seen.add(f.relPath);
    }
    expect(sizes).toEqual([500, 500, 500, 500, 500, 500, 1]);
    expect(seen.size).toBe(3001);
    expect(seen.has('2022/r0999.txt')).toBe(true);
  });

  it('ends with a short last page and stops at the limit while walking', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fazhi-walk-'));
    for (let i = 0; i < 7; i++) writeFileSync(join(root, `${i}.txt`), 'x');
    const pages: number[] = [];
    for await (const page of walkFolder(root, { pageSize: 3 })) pages.push(page.length);
    expect(pages).toEqual([3, 3, 1]);
    const limited = walkFolder(root, { pageSize: 3, limit: 4 });
    expect((await limited.next()).value).toHaveLength(3);
    await expect(limited.next()).rejects.toBeInstanceOf(TooManyFilesError);
  });
});
