/**
 * Code points versus UTF-16 code units.
 *
 * Offsets that leave the app (storage, exports, REFI-QDA) are Unicode code point
 * indices, end exclusive. JavaScript strings index UTF-16 code units, which differ
 * as soon as a character lies outside the BMP (𠵾, 𫫇). These helpers are the only
 * place where the two meet.
 */

/** Number of code points in `s`. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * A precomputed map between code point and UTF-16 offsets of one string.
 * Building it is O(n); each lookup is O(1) (code point → UTF-16) or O(log n) (the reverse).
 * For a string without astral characters both directions are the identity.
 */
export class OffsetMap {
  /** UTF-16 offset of each code point index, with one extra entry for the end. Null when the identity. */
  private readonly cpToUnit: Uint32Array | null;
  readonly cpCount: number;

  constructor(readonly text: string) {
    const n = cpLength(text);
    this.cpCount = n;
    if (n === text.length) {
      this.cpToUnit = null;
      return;
    }
    const map = new Uint32Array(n + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      map[cp++] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    map[n] = text.length;
    this.cpToUnit = map;
  }

  /** UTF-16 offset of a code point offset (clamped to the text). */
  toUnit(cp: number): number {
    const c = Math.max(0, Math.min(cp, this.cpCount));
    return this.cpToUnit ? this.cpToUnit[c]! : c;
  }

  /**
   * Code point offset of a UTF-16 offset. An offset inside a surrogate pair snaps
   * to the start of its character (`'floor'`) or past it (`'ceil'`), so a selection
   * never splits a character.
   */
  toCodePoint(unit: number, snap: 'floor' | 'ceil' = 'floor'): number {
    const u = Math.max(0, Math.min(unit, this.text.length));
    const map = this.cpToUnit;
    if (!map) return u;
    let lo = 0;
    let hi = this.cpCount;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    return map[lo] === u || snap === 'floor' ? lo : lo + 1;
  }

  /** The text of the code point range [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}

/** The text of the code point range [start, end) of `s` (builds no map: for one-off use). */
export function cpSlice(s: string, start: number, end: number): string {
  return new OffsetMap(s).slice(start, end);
}
