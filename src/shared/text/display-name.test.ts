import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, visibleName } from './display-name';

describe('file names made visible', () => {
  it('shows terminal escapes, line breaks and NUL as control pictures', () => {
    expect(visibleName('\u001b[31mred\u001b[0m.txt')).toBe('␛[31mred␛[0m.txt');
    expect(visibleName('a\nb\r.txt')).toBe('a␊b␍.txt');
    expect(visibleName('x\u0000.pdf\u007f')).toBe('x␀.pdf␡');
  });

  it('names bidi overrides and isolates instead of obeying them', () => {
    expect(visibleName('report\u202efdp.exe')).toBe('report⟨U+202E⟩fdp.exe');
    expect(visibleName('\u2067a\u2069\u200f\u0085')).toBe('⟨U+2067⟩a⟨U+2069⟩⟨U+200F⟩⟨U+0085⟩');
  });

  it('leaves ordinary names alone, CJK and characters outside the BMP included', () => {
    const name = '某区𠵾𫫇 2023年 法治政府建设年度报告 (final).docx';
    expect(visibleName(name)).toBe(name);
    expect(hasHiddenCharacters(name)).toBe(false);
    expect(hasHiddenCharacters('a\u202eb')).toBe(true);
  });
});
