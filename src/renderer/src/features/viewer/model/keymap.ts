/**
 * What a key press in the viewer means. Pure so the precedence rules are testable:
 * - a code's shortcut (no modifier) applies it; with Shift, to the whole paragraph;
 * - `a`/`r` accept/reject the suggestion at the caret, but only when there is one
 *   (otherwise a code with that shortcut still works);
 * - `c` opens the picker unless a code claims `c`; `/` always opens it;
 * - Enter opens the card of the passage at the caret (keyboard access to the card).
 */
export interface KeyInput {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export type KeyIntent =
  | { kind: 'apply'; codeId: string; scope: 'selection' | 'paragraph' }
  | { kind: 'picker' }
  | { kind: 'accept' }
  | { kind: 'reject' }
  | { kind: 'card' };

/** The character a key stands for regardless of Shift: 'Digit1' → '1', 'KeyA' → 'a'. */
export function baseKey(e: Pick<KeyInput, 'key' | 'code'>): string {
  const m = /^(?:Digit|Numpad)(\d)$/.exec(e.code) ?? /^Key([A-Z])$/.exec(e.code);
  if (m) return m[1]!.toLowerCase();
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

export function resolveKey(
  e: KeyInput,
  shortcuts: ReadonlyMap<string, string>,
  suggestionAtCaret: boolean,
): KeyIntent | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (e.key === 'Enter' && !e.shiftKey) return { kind: 'card' };
  const k = baseKey(e);
  if (!e.shiftKey && suggestionAtCaret && (k === 'a' || k === 'r')) return { kind: k === 'a' ? 'accept' : 'reject' };
  const codeId = shortcuts.get(k);
  if (codeId) return { kind: 'apply', codeId, scope: e.shiftKey ? 'paragraph' : 'selection' };
  if (!e.shiftKey && (k === 'c' || e.key === '/')) return { kind: 'picker' };
  return null;
}

/** Shortcut key (lower case) → code id; the first code wins a duplicated key. */
export function shortcutMap(codes: readonly { id: string; shortcut: string | null }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of codes) {
    const k = c.shortcut?.trim().toLowerCase();
    if (k && k.length === 1 && !map.has(k)) map.set(k, c.id);
  }
  return map;
}
