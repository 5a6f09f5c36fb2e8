import { describe, expect, it } from 'vitest';
import { FileRegistry } from './file-registry';

describe('FileRegistry', () => {
  it('hands out a distinct random token per file and never exposes the path', () => {
    const registry = new FileRegistry();
    const a = registry.add({ name: 'a.txt', relPath: 'x/a.txt', size: 3, path: '/home/u/x/a.txt' });
    const b = registry.add({ name: 'b.txt', relPath: '', size: 2, bytes: new Uint8Array(2) });
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).toEqual({ token: a.token, name: 'a.txt', relPath: 'x/a.txt', size: 3 });
    expect(registry.get(a.token)).toMatchObject({ path: '/home/u/x/a.txt' });
    expect(registry.get(b.token)).toMatchObject({ bytes: new Uint8Array(2) });
  });

  it('forgets released tokens and ignores unknown ones', () => {
    const registry = new FileRegistry();
    const a = registry.add({ name: 'a.txt', relPath: '', size: 1, path: '/a.txt' });
    const b = registry.add({ name: 'b.txt', relPath: '', size: 1, path: '/b.txt' });
    registry.release([a.token, 'nope']);
    expect(registry.get(a.token)).toBeUndefined();
    expect(registry.get(b.token)).toBeDefined();
    expect(registry.size).toBe(1);
  });
});
