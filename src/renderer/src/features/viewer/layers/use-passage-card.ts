/**
 * When the passage card shows: only on a deliberate act — a click on coded or
 * suggested text, a click on a stripe, or Enter at the caret (focus moves into the
 * card). Never on hover: with suggestions on, nearly every paragraph is marked, and
 * a card that followed the mouse would cover whatever the coder is reading. It
 * stays until Esc, its close button, or a click elsewhere in the text.
 */
import { useCallback, useEffect, useState, type MouseEvent, type RefObject } from 'react';
import type { Segment } from '../../../../../shared/annotations/ranges';
import { caretDocAt, charDocAt, type ViewerCore } from '../dom/viewer-core';
import { segmentAt, segmentAtCaret } from '../model/target-range';
import type { ViewerAnnotation } from '../types';

export interface CardState {
  ids: string[];
  suggestionKey: string | null;
  /** Inner-box coordinates of the card's top-left corner (below the passage). */
  x: number;
  y: number;
  /** The top of the passage's line, where the card flips to when there is no room below. */
  above: number;
  focus: boolean;
}

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

  // A card for a document that is no longer shown would point at nothing.
  useEffect(() => setCard(null), [core]);

  const toInner = useCallback(
    (rect: DOMRect) => {
      const box = inner.current?.getBoundingClientRect();
      const maxX = (inner.current?.clientWidth ?? 800) - 340;
      return box
        ? {
            x: Math.max(8, Math.min(rect.left - box.left, maxX)),
            y: rect.bottom - box.top + 6,
            above: rect.top - box.top - 6,
          }
        : { x: 8, y: 8, above: 8 };
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
    setCard(null);
    onClosed();
  }, [onClosed]);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!core || !core.root.contains(e.target as Node)) return;
    // A drag that selected text is the start of a coding, not a request for the card.
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    const hit = charDocAt(core, e.clientX, e.clientY);
    const p = hit && passageAt(hit.cp, false);
    if (hit && p) setCard({ ...p, ...toInner(hit.rect), focus: false });
    else setCard(null);
  };

  const onGutterClick = (e: MouseEvent<HTMLDivElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;
    const a = id ? annotations.find((x) => x.id === id) : undefined;
    if (!a) return;
    const ids = segmentAt(segments, a.start)?.ids ?? [a.id];
    const rect = (e.target as HTMLElement).getBoundingClientRect();
    const box = inner.current?.getBoundingClientRect();
    setCard({
      ids: ids.includes(a.id) ? ids : [a.id, ...ids],
      suggestionKey: null,
      // Just right of the gutter, below the stripe: the passage itself stays readable.
      x: 56,
      y: box ? rect.bottom - box.top + 6 : 8,
      above: box ? rect.top - box.top - 6 : 8,
      focus: false,
    });
  };

  return {
    card,
    close,
    caretAt: (x: number, y: number) => (core ? caretDocAt(core, x, y) : null),
    openAtCaret: (cp: number, at: { x: number; y: number; above: number }) => {
      const p = passageAt(cp, true);
      if (p) setCard({ ...p, ...at, focus: true });
    },
    pointerHandlers: { onClick },
    onGutterClick,
  };
}
