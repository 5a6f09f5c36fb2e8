/**
 * File names (and other untrusted one-line strings) as they may be shown or
 * printed: control characters become visible, so a name cannot move the cursor
 * or recolour a terminal (ESC sequences), break a line, or reorder what is shown
 * around it (bidi overrides: "report‮fdp.exe" showing as "reportexe.pdf").
 * C0 controls become their Unicode control pictures (␛, ␊); the others, which
 * have no picture, are written as ⟨U+202E⟩. Everything else, CJK included, is
 * kept as it is.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function visibleName(name: string): string {
  return name.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return '\u2421';
    return `⟨U+${c.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/** Whether `visibleName` would change `name`: the UI can say the name was altered for display. */
export function hasHiddenCharacters(name: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(name);
  UNSAFE.lastIndex = 0;
  return found;
}
