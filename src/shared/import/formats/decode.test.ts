import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));

const FIRST = '滴道区2022年法治政府建设年度报告';

describe('text decoding', () => {
  it.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le.txt', 'utf-16le'],
    ['utf16be.txt', 'utf-16be'],
    ['gb18030.txt', 'gb18030'],
  ])('reads %s as %s, one block per line, without a BOM character', async (name, encoding) => {
    const r = await extract(fixture(name), name);
    expect(r.ok && r.value.encoding).toBe(encoding);
    if (!r.ok) return;
    expect(r.value.blocks.map((b) => b.text)).toEqual([
      FIRST,
      '一、主要举措和成效',
      '(一)坚持党的领导,推进法治政府建设。',
      '二、存在的不足和原因',
    ]);
    expect(r.value.blocks.every((b) => b.zone === 'main')).toBe(true);
  });

  it('tells Big5 from GB18030 on a short traditional text', async () => {
    const r = await extract(fixture('big5.txt'), 'big5.txt');
    expect(r.ok && r.value.encoding).toBe('big5');
    expect(r.ok && r.value.blocks[0]!.text).toBe('臺北市政府法治政府建設年度報告');
  });

  it('obeys an encoding override, and maps gbk to gb18030', async () => {
    const asBig5 = await extract(fixture('gb18030.txt'), 'gb18030.txt', { encoding: 'big5' });
    expect(asBig5.ok && asBig5.value.encoding).toBe('big5');
    expect(asBig5.ok && asBig5.value.blocks[0]!.text).not.toBe(FIRST);
    const asGbk = await extract(fixture('gb18030.txt'), 'gb18030.txt', { encoding: 'GBK' });
    expect(asGbk.ok && asGbk.value.encoding).toBe('gb18030');
    expect(asGbk.ok && asGbk.value.blocks[0]!.text).toBe(FIRST);
  });

  it('refuses an unknown encoding name, naming it', async () => {
    const r = await extract(fixture('utf8.txt'), 'utf8.txt', { encoding: 'klingon' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('klingon');
  });

  it('reports random bytes as binary and an empty file as empty, naming the file', async () => {
    const bin = await extract(fixture('random.bin'), 'notes.txt');
    expect(!bin.ok && bin.error.code).toBe('binary');
    expect(!bin.ok && bin.error.message).toContain('notes.txt');
    const empty = await extract(fixture('empty.txt'), 'empty.txt');
    expect(!empty.ok && empty.error.code).toBe('empty');
    expect(!empty.ok && empty.error.message).toContain('empty.txt');
  });
});
