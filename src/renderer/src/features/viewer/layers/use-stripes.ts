/**
 * Margin stripes, one lane per overlapping annotation (MAXQDA/NVivo style), for
 * the annotations in the paint window (lanes are laid out among those).
 * Drawn imperatively into the gutter element, batched in requestAnimationFrame,
 * so thousands of stripes never go through React and the text never re-renders.
 *
 * Coding a passage does not move any text (highlights do not affect layout), so
 * measured extents are cached by range and only new ranges are measured; the
 * cache is dropped when the text column changes size (lines rewrap, or a
 * paragraph is laid out for the first time) or another document is shown. Stripe elements are reused by annotation id.
 */
import { useLayoutEffect, useRef } from 'react';
import { setLiveRange, type ViewerCore } from '../dom/viewer-core';
import { safeColor } from '../model/highlight-style';
import { layoutStripes, type MeasuredStripe } from '../model/stripe-layout';
import { inWindow, type PaintWindow } from './use-paint-window';
import type { ViewerAnnotation, ViewerCode } from '../types';

interface StripeCache {
  core: ViewerCore | null;
  /**
   * The text column's size as a ResizeObserver last reported it (reading it in the effect
   * would force a layout in the middle of the commit, on every key press).
   */
  size: { width: number; height: number } | null;
  /** Vertical extent by "start:end", relative to the gutter; null when the range has no box. */
  extents: Map<string, { top: number; bottom: number } | null>;
  elements: Map<string, HTMLElement>;
  /** The style last written to each stripe (reading cssText back would serialise it). */
  styles: Map<string, string>;
}

function drawStripes(
  cache: StripeCache,
  gutter: HTMLElement,
  annotations: readonly ViewerAnnotation[],
  codes: ReadonlyMap<string, ViewerCode>,
): void {
  const core = cache.core!;
  let origin: DOMRect | null = null;
  const range = document.createRange();
  const items: MeasuredStripe[] = [];
  const pending = new Set<string>();
  // Measure (only what is not cached) before writing anything: one layout, no thrashing.
  for (const a of annotations) {
    if (!codes.has(a.codeId)) continue;
    const key = `${a.start}:${a.end}`;
    let ext = cache.extents.get(key);
    if (ext === undefined) {
      origin ??= gutter.getBoundingClientRect();
      ext = null;
      if (setLiveRange(core, range, a.start, a.end)) {
        const rect = range.getBoundingClientRect();
        if (rect.height > 0) ext = { top: rect.top - origin.top, bottom: rect.bottom - origin.top };
      }
      cache.extents.set(key, ext);
    }
    if (ext) items.push({ id: a.id, codeId: a.codeId, top: ext.top, bottom: ext.bottom });
    if (a.pending) pending.add(a.id);
  }
  const stale = new Set(cache.elements.keys());
  for (const s of layoutStripes(items, gutter.clientWidth)) {
    const code = codes.get(s.codeId)!;
    let el = cache.elements.get(s.id);
    if (!el) {
      el = document.createElement('div');
      el.className = 'fz-stripe';
      el.dataset.testid = 'stripe';
      el.dataset.id = s.id;
      cache.elements.set(s.id, el);
      gutter.append(el);
    }
    stale.delete(s.id);
    el.dataset.codeId = s.codeId;
    el.title = code.path;
    el.classList.toggle('fz-stripe-pending', pending.has(s.id));
    const css = `left:${s.left}px;top:${s.top}px;width:${s.width}px;height:${s.bottom - s.top}px;background:${safeColor(code.color)}`;
    if (cache.styles.get(s.id) !== css) {
      el.style.cssText = css;
      cache.styles.set(s.id, css);
    }
  }
  for (const id of stale) {
    cache.elements.get(id)?.remove();
    cache.elements.delete(id);
    cache.styles.delete(id);
  }
}

export function useStripes(
  core: ViewerCore | null,
  gutter: HTMLElement | null,
  annotations: readonly ViewerAnnotation[],
  codes: readonly ViewerCode[],
  win: PaintWindow | null,
): void {
  const cacheRef = useRef<StripeCache>({
    core: null,
    size: null,
    extents: new Map(),
    elements: new Map(),
    styles: new Map(),
  });

  // A layout effect: the stripes are drawn in the same frame as the text and the highlights
  // (their measuring uses the layout the browser computes for that frame anyway).
  useLayoutEffect(() => {
    if (!core || !gutter || !win) return;
    const cache = cacheRef.current;
    const reset = () => {
      cache.core = core;
      cache.extents.clear();
    };
    if (cache.core !== core) {
      reset();
      cache.size = null;
      cache.elements.clear();
      cache.styles.clear();
      gutter.replaceChildren();
    }
    const byId = new Map(codes.map((c) => [c.id, c]));
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        drawStripes(
          cache,
          gutter,
          annotations.filter((a) => inWindow(win, a)),
          byId,
        );
      });
    };
    drawStripes(
      cache,
      gutter,
      annotations.filter((a) => inWindow(win, a)),
      byId,
    );
    const ro = new ResizeObserver((entries) => {
      const box = entries.at(-1)!.contentRect;
      const was = cache.size;
      cache.size = { width: box.width, height: box.height };
      // A width change rewraps lines; a height change is a chunk of text laid out for the
      // first time (content-visibility: its estimated height became its real one), which
      // moves the text below it: either way the measured extents are stale.
      if (!was || (was.width === box.width && was.height === box.height)) return;
      reset();
      schedule();
    });
    ro.observe(core.root);
    return () => {
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [core, gutter, annotations, codes, win]);
}
