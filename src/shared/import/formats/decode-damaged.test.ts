import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { decodeText } from './decode';

const sample = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../resources/samples/${name}`, import.meta.url)));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));

describe('damaged and mixed encodings', () => {
  it('reads UTF-8 with a few broken bytes, warning where and offering to pick the encoding', async () => {
    const bytes = sample('dida-2022.txt').slice();
    // Break two characters: a lead byte and a continuation byte, as a bad copy does.
    const i = bytes.indexOf(0xe6, 2000);
    bytes[i] = 0xff;
    bytes[i + 400] = 0x41;
    const r = await extract(bytes, 'broken.txt');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.encoding).toBe('utf-8');
    const w = r.value.warnings.find((x) => x.code === 'encoding-damaged');
    expect(w?.message).toMatch(
      /^broken\.txt: \d+ characters? could not be read as utf-8 and are shown as �, the first after ".+": the file is damaged or mixes encodings\. If the text looks wrong, import it again with its encoding chosen/,
    );
    expect(r.value.blocks.map((b) => b.text).join('')).toContain('法治政府');
  });

  it('reads a UTF-8 file with a GB18030 paragraph pasted in, with the warning', async () => {
    const utf8 = new TextEncoder().encode('滴道区2022年度法治政府建设工作报告\n一、主要举措和成效\n'.repeat(20));
    const gb = new Uint8Array([0xb7, 0xa8, 0xd6, 0xce, 0x0a]); // 法治 in GB18030
    const mixed = new Uint8Array([...utf8, ...gb, ...utf8]);
    const r = await extract(mixed, 'mixed.txt');
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(['encoding-damaged']);
  });

  it('still calls binary data binary', async () => {
    const r = await extract(fixture('random.bin'), 'random.txt');
    expect(!r.ok && r.error.code).toBe('binary');
  });

  it('reads GB18030 text with a damaged byte, with the warning', async () => {
    const bytes = sample('dida-2022.gb18030.txt').slice();
    bytes[3001] = 0xff;
    const r = await extract(bytes, 'gb.txt');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.encoding).toBe('gb18030');
    expect(r.value.warnings.map((w) => w.code)).toEqual(['encoding-damaged']);
  });
});

describe('an encoding the user chose', () => {
  const report = '滴道区2022年度法治政府建设工作报告\n一、主要举措\n坚持依法行政,推进严格规范公正文明执法。\n';
  it('is followed, and a wrong choice is said: unreadable bytes or text that is not text', () => {
    const utf16 = new Uint8Array([...report].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const right = decodeText(utf16, 'r.txt', 'utf-16le');
    expect(right).toMatchObject({ ok: true, text: report, encoding: 'utf-16le' });
    expect(right.ok && right.warnings).toBeFalsy();
    for (const wrong of ['gb18030', 'utf-8', 'utf-16be']) {
      const r = decodeText(utf16, 'r.txt', wrong);
      expect(r.ok && r.warnings?.map((w) => w.code)).toEqual(['encoding-damaged']);
      expect(r.ok && r.warnings?.[0]?.message).toMatch(/^r\.txt: /);
    }
  });
});
