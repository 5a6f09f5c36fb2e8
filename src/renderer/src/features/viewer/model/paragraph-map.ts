/**
 * Paragraph-local UTF-16 offsets ↔ document code points.
 *
 * The viewer renders one block per stored paragraph; the DOM only knows UTF-16
 * offsets inside a block, storage only knows code points in the whole text. This
 * map is the one place where the two meet: building it is O(n), a lookup is
 * O(log paragraphs) for the paragraph plus O(1)/O(log n) inside it (OffsetMap).
 */
import type { Span } from '../../../../../shared/model/document';
import { OffsetMap } from '../../../../../shared/text/codepoints';

export interface LocalPoint {
  /** Paragraph index. */
  index: number;
  /** UTF-16 offset inside the paragraph's rendered text. */
  unit: number;
}

export class ParagraphMap {
  /** The rendered text of each paragraph. */
  readonly texts: string[];
  readonly spans: Span[];
  private readonly maps: OffsetMap[];

  /** `text` is the displayed text (stored or simplified: same code points); `paragraphs` in code points. */
  constructor(text: string, paragraphs: readonly Span[]) {
    const whole = new OffsetMap(text);
    this.spans = paragraphs.map((p) => ({ start: p.start, end: p.end }));
    this.texts = this.spans.map((p) => whole.slice(p.start, p.end));
    this.maps = this.texts.map((t) => new OffsetMap(t));
  }

  get count(): number {
    return this.spans.length;
  }

  /** Index of the last paragraph starting at or before `cp` (0 when `cp` precedes them all). */
  indexAt(cp: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.spans[mid]!.start <= cp) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Where a document offset falls in the rendered paragraphs. An offset in the gap
   * between paragraphs (the newline) lands at the end of the preceding paragraph,
   * unless `preferNext` (a range start) asks for the start of the following one.
   */
  toLocal(cp: number, preferNext = false): LocalPoint | null {
    if (this.spans.length === 0) return null;
    const index = this.indexAt(cp);
    const span = this.spans[index]!;
    // indexAt guarantees the next paragraph starts after cp, so cp >= end means "in the gap".
    if (preferNext && cp >= span.end && index + 1 < this.spans.length) return { index: index + 1, unit: 0 };
    const local = Math.max(0, Math.min(cp, span.end) - span.start);
    return { index, unit: this.maps[index]!.toUnit(local) };
  }

  /** Document code point of a UTF-16 offset inside paragraph `index`, never splitting a surrogate pair. */
  toDoc(index: number, unit: number, snap: 'floor' | 'ceil' = 'floor'): number {
    const span = this.spans[index];
    const map = this.maps[index];
    if (!span || !map) return 0;
    return span.start + map.toCodePoint(unit, snap);
  }
}
