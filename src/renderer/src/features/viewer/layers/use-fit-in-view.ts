/**
 * Places a popup of the viewer (the code picker, the passage card) inside the part
 * of the window the coder can see: below its passage when there is room, else above
 * it, else on the side with more room with its height capped to that room. The popup
 * is absolutely positioned in the viewer's inner box; the anchor is in that box's
 * coordinates. Measured in a layout effect, so the first painted frame is already placed.
 */
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

export interface PopupAnchor {
  x: number;
  /** Top of the popup when placed below the passage. */
  y: number;
  /** Bottom of the popup when placed above the passage. */
  above: number;
}

const MARGIN = 8;

export function fitPopup(
  anchor: PopupAnchor,
  height: number,
  innerTop: number,
  visible: { top: number; bottom: number },
): { top: number; maxHeight: number | undefined } {
  const below = visible.bottom - MARGIN - (innerTop + anchor.y);
  const aboveRoom = innerTop + anchor.above - (visible.top + MARGIN);
  if (height <= below) return { top: anchor.y, maxHeight: undefined };
  if (height <= aboveRoom) return { top: anchor.above - height, maxHeight: undefined };
  if (below >= aboveRoom) return { top: anchor.y, maxHeight: Math.max(120, below) };
  const h = Math.max(120, aboveRoom);
  return { top: anchor.above - h, maxHeight: h };
}

export function useFitInView(
  ref: RefObject<HTMLElement | null>,
  anchor: PopupAnchor | null,
  scroller: HTMLElement | null,
): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    const el = ref.current;
    const inner = el?.offsetParent;
    if (!el || !anchor || !(inner instanceof HTMLElement)) return;
    // The natural height, before any cap this hook set earlier.
    el.style.maxHeight = '';
    const height = el.offsetHeight;
    const view = scroller?.getBoundingClientRect();
    const visible = {
      top: Math.max(0, view?.top ?? 0),
      bottom: Math.min(window.innerHeight, view?.bottom ?? window.innerHeight),
    };
    const { top, maxHeight } = fitPopup(anchor, height, inner.getBoundingClientRect().top, visible);
    setStyle({ left: anchor.x, top, maxHeight });
  }, [ref, anchor, scroller]);
  return anchor ? { left: anchor.x, top: anchor.y, ...style } : {};
}
