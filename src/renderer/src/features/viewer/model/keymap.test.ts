import { describe, expect, it } from 'vitest';
import { resolveKey, shortcutMap, type KeyInput } from './keymap';

const key = (k: string, code: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('resolveKey', () => {
  const shortcuts = shortcutMap([
    { id: 'measures', shortcut: '1' },
    { id: 'plans', shortcut: 'A' },
    { id: 'dup', shortcut: '1' },
    { id: 'none', shortcut: null },
  ]);

  it('applies the code of a shortcut to the selection', () => {
    expect(resolveKey(key('1', 'Digit1'), shortcuts, false)).toEqual({
      kind: 'apply',
      codeId: 'measures',
      scope: 'selection',
    });
  });

  it('applies to the paragraph with Shift, even though Shift+1 types "!"', () => {
    expect(resolveKey(key('!', 'Digit1', { shiftKey: true }), shortcuts, false)).toEqual({
      kind: 'apply',
      codeId: 'measures',
      scope: 'paragraph',
    });
  });

  it('leaves modified keys (copy, browser shortcuts) alone', () => {
    expect(resolveKey(key('1', 'Digit1', { ctrlKey: true }), shortcuts, false)).toBeNull();
    expect(resolveKey(key('c', 'KeyC', { metaKey: true }), shortcuts, false)).toBeNull();
  });

  it('accepts a suggestion with a only when the caret is on one; otherwise the code shortcut a works', () => {
    expect(resolveKey(key('a', 'KeyA'), shortcuts, true)).toEqual({ kind: 'accept' });
    expect(resolveKey(key('r', 'KeyR'), shortcuts, true)).toEqual({ kind: 'reject' });
    expect(resolveKey(key('a', 'KeyA'), shortcuts, false)).toMatchObject({ kind: 'apply', codeId: 'plans' });
    expect(resolveKey(key('r', 'KeyR'), shortcuts, false)).toBeNull();
  });

  it('opens the picker with c or /, and the card with Enter', () => {
    expect(resolveKey(key('c', 'KeyC'), shortcuts, false)).toEqual({ kind: 'picker' });
    expect(resolveKey(key('/', 'Slash'), shortcuts, false)).toEqual({ kind: 'picker' });
    expect(resolveKey(key('Enter', 'Enter'), shortcuts, false)).toEqual({ kind: 'card' });
  });
});
