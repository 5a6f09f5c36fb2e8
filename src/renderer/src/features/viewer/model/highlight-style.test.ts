import { describe, expect, it } from 'vitest';
import { codeHighlightName, highlightCss, safeColor } from './highlight-style';

describe('highlight registries', () => {
  it('writes one semi-transparent rule per code colour, plus the dashed suggestion rule', () => {
    const css = highlightCss(['#e11d48', 'teal']);
    expect(css).toContain(`::highlight(${codeHighlightName(0)}) { background-color: color-mix(in srgb, #e11d48 32%`);
    expect(css).toContain(`::highlight(${codeHighlightName(1)})`);
    expect(css).toMatch(/::highlight\(fz-suggestion\) \{ text-decoration: underline dashed/);
  });

  it('refuses a colour that would break out of the style sheet', () => {
    expect(safeColor('red;} body{display:none')).toBe('#888888');
    expect(safeColor(' #0f0 ')).toBe('#0f0');
  });
});
