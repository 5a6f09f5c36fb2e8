/**
 * The code-point window to paint: the blocks on screen plus a screen or two above
 * and below. Updated (rAF-batched) on scroll and resize, but only when the
 * visible blocks leave the current window, so scrolling rarely re-renders.
 */
import { useLayoutEffect, useState } from 'react';
import type { ViewerCore } from '../dom/viewer-core';
import { blocksInView, contains } from '../model/viewport';

export interface PaintWindow {
  start: number;
  end: number;
}

const MARGIN_SCREENS = 2;

export function usePaintWindow(core: ViewerCore | null, scroller: HTMLElement | null): PaintWindow | null {
  const [win, setWin] = useState<{ core: ViewerCore; blocks: [number, number]; cp: PaintWindow } | null>(null);

  // Known before the first paint, so the layers that depend on it paint in that frame too.
  useLayoutEffect(() => {
    if (!core || !scroller) return;
    let frame = 0;
    let current: [number, number] | null = null;
    // Boxes of the root's children (chunks of blocks): reading a block's own box inside a
    // chunk the browser skips would make it lay that chunk out.
    const units = core.units;
    const box = (u: number) => {
      const el = units[u]!.el;
      return { top: el.offsetTop, bottom: el.offsetTop + el.offsetHeight };
    };
    const blocksOf = (u: [number, number]): [number, number] => [units[u[0]]!.first, units[u[1]]!.last];
    const update = () => {
      frame = 0;
      const h = scroller.clientHeight || 800;
      const y0 = scroller.scrollTop;
      const seen = blocksInView(units.length, box, y0, y0 + h);
      if (!seen) return;
      const visible = blocksOf(seen);
      if (current && contains(current, visible)) return;
      const wide = blocksOf(blocksInView(units.length, box, y0 - MARGIN_SCREENS * h, y0 + (MARGIN_SCREENS + 1) * h)!);
      current = wide;
      const spans = core.map.spans;
      setWin({ core, blocks: wide, cp: { start: spans[wide[0]]!.start, end: spans[wide[1]]!.end + 1 } });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const ro = new ResizeObserver(() => {
      current = null;
      schedule();
    });
    ro.observe(core.root);
    return () => {
      scroller.removeEventListener('scroll', schedule);
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [core, scroller]);

  return win && win.core === core ? win.cp : null;
}

/** Whether a range touches the paint window. */
export function inWindow(win: PaintWindow, r: { start: number; end: number }): boolean {
  return r.end >= win.start && r.start < win.end;
}
