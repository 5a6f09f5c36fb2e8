/**
 * When the passage card shows: after a short hover over coded or suggested text
 * (closing again when the pointer leaves text and card), on a click (pinned until
 * Esc or a click elsewhere), on a stripe click, or from the keyboard (Enter, with
 * focus moved into the card).
 */
import { useCallback, useEffect, useRef, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { Segment } from '../../../../../shared/annotations/ranges';
import { caretDocAt, charDocAt, type ViewerCore } from '../dom/viewer-core';
import { segmentAt, segmentAtCaret } from '../model/target-range';
import type { ViewerAnnotation } from '../types';

export interface CardState {
  ids: string[];
  suggestionKey: string | null;
  x: number;
  y: number;
  pinned: boolean;
  focus: boolean;
}

const OPEN_DELAY = 300;
const CLOSE_DELAY = 250;

export function usePassageCard(opts: {
  core: ViewerCore | null;
  inner: RefObject<HTMLDivElement | null>;
  annotations: readonly ViewerAnnotation[];
  segments: readonly Segment[];
  suggestionSegments: readonly Segment[];
  onClosed: () => void;
}) {
  const { core, inner, annotations, segments, suggestionSegments, onClosed } = opts;
  const [card, setCard] = useState<CardState | null>(null);
  const timer = useRef(0);
  const frame = useRef(0);
  const pending = useRef<string>('');

  const clearTimer = () => {
    window.clearTimeout(timer.current);
    timer.current = 0;
    pending.current = '';
  };
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      cancelAnimationFrame(frame.current);
    },
    [],
  );
  // A card for a document that is no longer shown would point at nothing.
  useEffect(() => setCard(null), [core]);

  const toInner = useCallback(
    (rect: DOMRect) => {
      const box = inner.current?.getBoundingClientRect();
      const maxX = (inner.current?.clientWidth ?? 800) - 340;
      return box
        ? { x: Math.max(8, Math.min(rect.left - box.left, maxX)), y: rect.bottom - box.top + 6 }
        : { x: 8, y: 8 };
    },
    [inner],
  );

  const passageAt = (cp: number, caret: boolean) => {
    const find = caret ? segmentAtCaret : segmentAt;
    const ids = find(segments, cp)?.ids ?? [];
    const suggestionKey = find(suggestionSegments, cp)?.ids[0] ?? null;
    return ids.length > 0 || suggestionKey ? { ids, suggestionKey } : null;
  };

  const close = useCallback(() => {
    clearTimer();
    setCard(null);
    onClosed();
  }, [onClosed]);

  const hideSoon = () => {
    if (timer.current && pending.current === 'close') return;
    clearTimer();
    pending.current = 'close';
    timer.current = window.setTimeout(() => setCard((c) => (c && !c.pinned ? null : c)), CLOSE_DELAY);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!core || card?.pinned || e.buttons !== 0) return;
    if (!core.root.contains(e.target as Node)) return;
    const { clientX, clientY } = e;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const hit = charDocAt(core, clientX, clientY);
      const p = hit && passageAt(hit.cp, false);
      if (!hit || !p) {
        if (card) hideSoon();
        else clearTimer();
        return;
      }
      const key = `${p.ids.join(',')}|${p.suggestionKey ?? ''}`;
      if (card && `${card.ids.join(',')}|${card.suggestionKey ?? ''}` === key) {
        clearTimer();
        return;
      }
      if (pending.current === key) return;
      clearTimer();
      pending.current = key;
      const at = toInner(hit.rect);
      timer.current = window.setTimeout(() => {
        pending.current = '';
        setCard({ ...p, ...at, pinned: false, focus: false });
      }, OPEN_DELAY);
    });
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!core || !core.root.contains(e.target as Node)) return;
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    const hit = charDocAt(core, e.clientX, e.clientY);
    const p = hit && passageAt(hit.cp, false);
    clearTimer();
    if (hit && p) setCard({ ...p, ...toInner(hit.rect), pinned: true, focus: false });
    else setCard(null);
  };

  const onGutterClick = (e: MouseEvent<HTMLDivElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;
    const a = id ? annotations.find((x) => x.id === id) : undefined;
    if (!a) return;
    const ids = segmentAt(segments, a.start)?.ids ?? [a.id];
    const rect = (e.target as HTMLElement).getBoundingClientRect();
    const box = inner.current?.getBoundingClientRect();
    clearTimer();
    setCard({
      ids: ids.includes(a.id) ? ids : [a.id, ...ids],
      suggestionKey: null,
      // Just right of the gutter, below the stripe: the passage itself stays readable.
      x: 56,
      y: box ? rect.bottom - box.top + 6 : 8,
      pinned: true,
      focus: false,
    });
  };

  return {
    card,
    close,
    caretAt: (x: number, y: number) => (core ? caretDocAt(core, x, y) : null),
    openAtCaret: (cp: number, at: { x: number; y: number }) => {
      const p = passageAt(cp, true);
      clearTimer();
      if (p) setCard({ ...p, ...at, pinned: true, focus: true });
    },
    pointerHandlers: { onPointerMove, onClick, onPointerLeave: () => card && !card.pinned && hideSoon() },
    onGutterClick,
    holdOpen: clearTimer,
    releaseHold: () => {
      if (card && !card.pinned) hideSoon();
    },
  };
}
