import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRegistry } from './file-registry';
import { FolderWalks } from './folder-walks';

function crawl(files: number): string {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-walks-'));
  mkdirSync(join(root, '县级'));
  for (let i = 0; i < files; i++) writeFileSync(join(root, '县级', `${String(i).padStart(4, '0')}.txt`), '');
  return root;
}

describe('FolderWalks', () => {
  it('hands a folder of 2,000 files over in pages of 500 with tokens the registry can read, then ends', async () => {
    const registry = new FileRegistry();
    const walks = new FolderWalks(registry, 500);
    const root = crawl(2000);
    const first = await walks.start(root);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.files).toHaveLength(500);
    expect(first.value.done).toBe(false);
    expect(first.value.files[0]).toMatchObject({ name: '0000.txt', relPath: '县级/0000.txt', size: 0 });
    expect(registry.get(first.value.files[0]!.token)).toMatchObject({ path: join(root, '县级', '0000.txt') });
    const sizes = [500];
    for (;;) {
      const page = await walks.next(first.value.walk);
      if (!page.ok) throw new Error(page.error.message);
      if (page.value.files.length) sizes.push(page.value.files.length);
      if (page.value.done) break;
    }
    expect(sizes).toEqual([500, 500, 500, 500]);
    expect(walks.open).toBe(0);
    const after = await walks.next(first.value.walk);
    expect(after.ok ? null : after.error.code).toBe('not-found');
  });

  it('forgets a walk ended early, and answers a clear error for a folder that is gone', async () => {
    const walks = new FolderWalks(new FileRegistry(), 10);
    const first = await walks.start(crawl(50));
    if (!first.ok) throw new Error(first.error.message);
    await walks.end(first.value.walk);
    expect(walks.open).toBe(0);
    const missing = await walks.start(join(tmpdir(), 'fazhi-no-such-folder-县级'));
    expect(missing.ok ? null : missing.error).toEqual({
      code: 'not-found',
      message: 'fazhi-no-such-folder-县级 was not found.',
    });
    expect(walks.open).toBe(0);
  });
});
