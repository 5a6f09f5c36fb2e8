import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { decodeText } from './decode';

// The sample report with a character outside the BMP put in its second line.
const report = readFileSync(new URL('../../../../resources/samples/dida-2022.txt', import.meta.url), 'utf8').replace(
  '\n',
  '\n𠵾',
);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

describe('UTF-16 without a BOM', () => {
  it('reads the report cleanly in both byte orders, the supplementary character kept', () => {
    for (const order of ['le', 'be'] as const) {
      const r = decodeText(utf16(report, order), 'r.txt');
      expect(r).toMatchObject({ ok: true, text: report, encoding: `utf-16${order}` });
      expect(r.ok && r.warnings).toBeFalsy();
    }
  });

  it('reads UTF-16LE with broken surrogate halves, warning where, instead of calling it binary', async () => {
    const bytes = utf16(report, 'le');
    // Lone high halves (0xD800) written over two characters far apart, as a bad copy does.
    for (const at of [1200, 3000]) {
      bytes[at] = 0x00;
      bytes[at + 1] = 0xd8;
    }
    const r = await extract(bytes, 'halves.txt');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.encoding).toBe('utf-16le');
    expect(r.value.warnings.map((w) => w.code)).toEqual(['encoding-damaged']);
    expect(r.value.warnings[0]!.message).toMatch(
      /^halves\.txt: 2 characters could not be read as utf-16le and are shown as �, the first after ".+": the file is damaged/,
    );
    const text = r.value.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('𠵾');
    expect(text).toContain('法治政府建设');
  });

  it('reads a UTF-16LE file that lost its first byte from its second byte, and says so', async () => {
    const bytes = utf16(report, 'le').subarray(1);
    const r = await extract(bytes, 'cut.txt');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.encoding).toBe('utf-16le');
    expect(r.value.warnings.map((w) => w.code)).toEqual(['encoding-damaged']);
    expect(r.value.warnings[0]!.message).toMatch(
      /^cut\.txt: read as utf-16le from its second byte: the file has lost its first byte/,
    );
    const text = r.value.blocks.map((b) => b.text).join('\n');
    // Only the first character is lost.
    expect(text.startsWith('道区2022年度法治政府建设工作报告')).toBe(true);
    expect(text).toContain('𠵾');
  });

  it('reads it from its second byte when the user picks UTF-16LE too, and as chosen when they pick UTF-16BE', () => {
    const bytes = utf16(report, 'le').subarray(1);
    const le = decodeText(bytes, 'cut.txt', 'utf-16le');
    expect(le.ok && le.text.slice(0, 7)).toBe('道区2022年');
    expect(le.ok && le.warnings?.[0]?.message).toMatch(/from its second byte/);
    const be = decodeText(bytes, 'cut.txt', 'utf-16be');
    expect(be.ok && be.encoding).toBe('utf-16be');
    expect(be.ok && be.text.slice(0, 7)).not.toBe('道区2022年');
  });

  it('does the same for a UTF-16BE file that lost its first byte', () => {
    const r = decodeText(utf16(report, 'be').subarray(1), 'cut.txt');
    expect(r.ok && r.encoding).toBe('utf-16be');
    expect(r.ok && r.text.slice(0, 7)).toBe('道区2022年');
    expect(r.ok && r.warnings?.map((w) => w.code)).toEqual(['encoding-damaged']);
  });

  it('warns when neither reading is clean: a byte lost in the middle', () => {
    const whole = utf16(report, 'le');
    const mid = whole.length / 2 + 1;
    const bytes = new Uint8Array([...whole.subarray(0, mid), ...whole.subarray(mid + 1)]);
    const r = decodeText(bytes, 'mid.txt');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.encoding).toBe('utf-16le');
    expect(r.text.startsWith('滴道区')).toBe(true);
    expect(r.warnings?.[0]?.message).toMatch(
      /^mid\.txt: read as utf-16le, but only \d+% of its characters are common ones, in either byte order: the file is damaged/,
    );
  });
});
