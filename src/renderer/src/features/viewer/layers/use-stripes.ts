/**
 * Margin stripes, one lane per overlapping annotation (MAXQDA/NVivo style).
 * Drawn imperatively into the gutter element, batched in requestAnimationFrame,
 * so thousands of stripes never go through React and the text never re-renders.
 * Redrawn when annotations or codes change and when the text column resizes.
 */
import { useEffect } from 'react';
import { setLiveRange, type ViewerCore } from '../dom/viewer-core';
import { safeColor } from '../model/highlight-style';
import { layoutStripes, type MeasuredStripe } from '../model/stripe-layout';
import type { ViewerAnnotation, ViewerCode } from '../types';

function drawStripes(
  core: ViewerCore,
  gutter: HTMLElement,
  annotations: readonly ViewerAnnotation[],
  codes: ReadonlyMap<string, ViewerCode>,
): void {
  const origin = gutter.getBoundingClientRect();
  const range = document.createRange();
  const items: MeasuredStripe[] = [];
  // Measure everything first, then write: one layout, no thrashing.
  for (const a of annotations) {
    if (!codes.has(a.codeId) || !setLiveRange(core, range, a.start, a.end)) continue;
    const rect = range.getBoundingClientRect();
    if (rect.height === 0) continue;
    items.push({ id: a.id, codeId: a.codeId, top: rect.top - origin.top, bottom: rect.bottom - origin.top });
  }
  const frag = document.createDocumentFragment();
  for (const s of layoutStripes(items, gutter.clientWidth)) {
    const code = codes.get(s.codeId)!;
    const el = document.createElement('div');
    el.className = 'fz-stripe';
    el.dataset.testid = 'stripe';
    el.dataset.codeId = s.codeId;
    el.dataset.id = s.id;
    el.title = code.path;
    el.style.cssText = `left:${s.left}px;top:${s.top}px;width:${s.width}px;height:${s.bottom - s.top}px;background:${safeColor(code.color)}`;
    frag.append(el);
  }
  gutter.replaceChildren(frag);
}

export function useStripes(
  core: ViewerCore | null,
  gutter: HTMLElement | null,
  annotations: readonly ViewerAnnotation[],
  codes: readonly ViewerCode[],
): void {
  useEffect(() => {
    if (!core || !gutter) return;
    const byId = new Map(codes.map((c) => [c.id, c]));
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        drawStripes(core, gutter, annotations, byId);
      });
    };
    schedule();
    let lastWidth = core.root.clientWidth;
    const ro = new ResizeObserver(() => {
      // Only a width change rewraps lines; height changes come from our own layers.
      if (core.root.clientWidth === lastWidth) return;
      lastWidth = core.root.clientWidth;
      schedule();
    });
    ro.observe(core.root);
    return () => {
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [core, gutter, annotations, codes]);
}
