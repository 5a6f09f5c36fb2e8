/**
 * The bridge between the rendered blocks and code points: built once per
 * rendered document (after Lexical has created the DOM) and shared by the
 * highlight, stripe, card and keyboard layers.
 */
import { OffsetMap } from '../../../../../shared/text/codepoints';
import type { ParagraphMap } from '../model/paragraph-map';

export interface ViewerCore {
  map: ParagraphMap;
  /** The displayed text as a whole (for trimming ranges). */
  whole: OffsetMap;
  /** The DOM element of each paragraph, by paragraph index. */
  elements: HTMLElement[];
  /** The Lexical root element (the text column). */
  root: HTMLElement;
  /**
   * The root's children in order: chunks of blocks (plugins/chunk-node.ts), or a block
   * itself when it is not in a chunk; with each unit's first and last block index.
   */
  units: { el: HTMLElement; first: number; last: number }[];
  /** Unit index of each block. */
  unitOf: number[];
  /** Units whose contents the browser lays out and paints now (the rest are skipped, far from view). */
  shown: Set<HTMLElement>;
}

export function createCore(map: ParagraphMap, text: string, elements: HTMLElement[], root: HTMLElement): ViewerCore {
  const units: ViewerCore['units'] = [];
  const unitOf: number[] = [];
  elements.forEach((el, i) => {
    const unit = el.parentElement && el.parentElement !== root ? el.parentElement : el;
    if (units.at(-1)?.el !== unit) units.push({ el: unit, first: i, last: i });
    units.at(-1)!.last = i;
    unitOf[i] = units.length - 1;
  });
  const shown = new Set<HTMLElement>();
  for (const { el } of units)
    if (el.dataset.index === undefined)
      // Fired when the browser starts or stops skipping the chunk's contents (content-visibility: auto).
      el.addEventListener('contentvisibilityautostatechange', (e) => {
        if ((e as ContentVisibilityAutoStateChangeEvent).skipped) shown.delete(el);
        else shown.add(el);
      });
  return { map, whole: new OffsetMap(text), elements, root, units, unitOf, shown };
}

/**
 * The top of block `i` relative to the text column's offset parent. Inside a chunk the
 * browser skips (far from view), the chunk's top: reading the block's own offset would
 * make the browser lay the whole chunk out.
 */
export function blockTop(core: ViewerCore, i: number): number {
  const el = core.elements[i];
  if (!el) return 0;
  const unit = core.units[core.unitOf[i]!]!.el;
  if (unit === el) return el.offsetTop;
  if (!core.shown.has(unit)) return unit.offsetTop;
  return el.offsetParent === unit ? unit.offsetTop + el.offsetTop : el.offsetTop;
}

/** The paragraph element holding a DOM node, and its index. */
function paragraphOf(core: ViewerCore, node: Node): { el: HTMLElement; index: number } | null {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const el = start?.closest<HTMLElement>('[data-index]');
  if (!el || !core.root.contains(el)) return null;
  const index = Number(el.dataset.index);
  return core.elements[index] === el ? { el, index } : null;
}

/**
 * The first block at or after child `offset` of `container` (the root, or a chunk of
 * blocks, whose following blocks continue after it in the root); null at the end.
 */
function blockAtOrAfter(core: ViewerCore, container: Element, offset: number): number | null {
  let n: Node | null = container.childNodes[offset] ?? null;
  let parent = container;
  for (;;) {
    for (; n; n = n.nextSibling) {
      if (!(n instanceof HTMLElement)) continue;
      const el = n.dataset.index !== undefined ? n : n.querySelector<HTMLElement>('[data-index]');
      if (el && core.elements[Number(el.dataset.index)] === el) return Number(el.dataset.index);
    }
    if (parent === core.root) return null;
    n = parent.nextSibling;
    parent = core.root;
  }
}

/** Code point of a DOM point inside the text, or null when the point lies outside it. */
export function pointToDoc(core: ViewerCore, node: Node, offset: number, snap: 'floor' | 'ceil'): number | null {
  const p = paragraphOf(core, node);
  if (!p) {
    // A point between blocks (on the root or on a chunk of blocks): the start of the block after it.
    if (node === core.root || (node instanceof HTMLElement && node.parentElement === core.root)) {
      const after = blockAtOrAfter(core, node as Element, offset);
      return after !== null ? core.map.spans[after]!.start : (core.map.spans[core.map.count - 1]?.end ?? 0);
    }
    return null;
  }
  const r = document.createRange();
  r.setStart(p.el, 0);
  r.setEnd(node, offset);
  return core.map.toDoc(p.index, r.toString().length, snap);
}

/** The DOM point of a code point (a range start prefers the next block when in the gap between two). */
export function docToPoint(core: ViewerCore, cp: number, isStart: boolean): { node: Node; offset: number } | null {
  const local = core.map.toLocal(cp, isStart);
  const el = local && core.elements[local.index];
  if (!local || !el) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let acc = 0;
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const len = t.data.length;
    // A start exactly at a node boundary goes to the next node, an end stays in this one.
    if (local.unit < acc + len || (!isStart && local.unit === acc + len)) return { node: t, offset: local.unit - acc };
    acc += len;
    last = t;
  }
  return last ? { node: last, offset: last.data.length } : { node: el, offset: 0 };
}

/** A static DOM range for [start, end) in code points (cheap: not tracked by the DOM). */
export function staticRange(core: ViewerCore, start: number, end: number): StaticRange | null {
  const a = docToPoint(core, start, true);
  const b = docToPoint(core, end, false);
  if (!a || !b) return null;
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}

/** Mutates `range` to cover [start, end); returns false when it cannot. For measuring with one reused Range. */
export function setLiveRange(core: ViewerCore, range: Range, start: number, end: number): boolean {
  const a = docToPoint(core, start, true);
  const b = docToPoint(core, end, false);
  if (!a || !b) return false;
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return true;
}

export interface DocSelection {
  start: number;
  end: number;
  collapsed: boolean;
}

/** The window selection in code points, when it lies in this viewer's text. */
export function selectionToDoc(core: ViewerCore): DocSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!core.root.contains(r.startContainer) || !core.root.contains(r.endContainer)) return null;
  const start = pointToDoc(core, r.startContainer, r.startOffset, 'floor');
  const end = pointToDoc(core, r.endContainer, r.endOffset, 'ceil');
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end), collapsed: r.collapsed || start === end };
}

/** The DOM caret position at a viewport point (standard API first, Chromium's older one as fallback). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The caret code point at a viewport point. */
export function caretDocAt(core: ViewerCore, x: number, y: number): number | null {
  const c = caretAt(x, y);
  return c ? pointToDoc(core, c.node, c.offset, 'floor') : null;
}

/**
 * The code point of the character under the pointer, or null over blank space.
 * The caret lands on the nearer edge of a character, so check the characters on both sides.
 */
export function charDocAt(core: ViewerCore, x: number, y: number): { cp: number; rect: DOMRect } | null {
  const cp = caretDocAt(core, x, y);
  if (cp === null) return null;
  const r = document.createRange();
  for (const c of [cp, cp - 1]) {
    if (c < 0 || !setLiveRange(core, r, c, c + 1)) continue;
    const rect = r.getBoundingClientRect();
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { cp: c, rect };
  }
  return null;
}
