import { describe, expect, it } from 'vitest';
import { isJunkName, readEntries, type EntryLike } from './drop-entries';

const file = (name: string, text = name, broken = false) => ({
  name,
  isFile: true,
  isDirectory: false,
  file(ok: (b: Blob) => void, fail?: (e: unknown) => void) {
    if (broken) fail?.(new Error('denied'));
    else ok(new Blob([text]));
  },
});

/** A folder whose reader hands out children two at a time, as browsers hand out batches. */
const folder = (name: string, children: EntryLike[]) => ({
  name,
  isFile: false,
  isDirectory: true,
  createReader() {
    let at = 0;
    return {
      readEntries(ok: (e: EntryLike[]) => void) {
        const batch = children.slice(at, at + 2);
        at += batch.length;
        ok(batch);
      },
    };
  },
});

describe('readEntries', () => {
  it('walks dropped folders recursively, with paths relative to the dropped folder', async () => {
    const dropped = [
      folder('reports', [
        file('b.txt'),
        file('.DS_Store'),
        folder('2023', [file('广州.html', '<p>报告</p>'), file('~$草稿.docx'), folder('.git', [file('HEAD')])]),
        file('a.pdf'),
      ]),
      file('single.txt', 'hello'),
    ];
    const files = await readEntries(dropped);
    expect(files.map((f) => [f.name, f.relPath])).toEqual([
      ['广州.html', '2023/广州.html'],
      ['a.pdf', 'a.pdf'],
      ['b.txt', 'b.txt'],
      ['single.txt', ''],
    ]);
    expect(new TextDecoder().decode(files[0]!.data)).toBe('<p>报告</p>');
    expect(new TextDecoder().decode(files[3]!.data)).toBe('hello');
  });

  it('leaves out files that cannot be read and keeps the rest', async () => {
    const files = await readEntries([file('locked.txt', '', true), file('ok.txt')]);
    expect(files.map((f) => f.name)).toEqual(['ok.txt']);
  });

  it('knows junk names', () => {
    expect(['.hidden', '__MACOSX', '~$报告.docx', 'Thumbs.db', 'desktop.ini'].every(isJunkName)).toBe(true);
    expect(isJunkName('2023年报告.docx')).toBe(false);
  });
});
