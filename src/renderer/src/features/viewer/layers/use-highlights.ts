/**
 * Paints annotations and suggestions with the CSS Custom Highlight API: the
 * document's text nodes are never split or re-rendered; only the highlight
 * registries change. Where the API is missing the viewer shows stripes only.
 */
import { useEffect, useMemo } from 'react';
import { staticRange, type ViewerCore } from '../dom/viewer-core';
import {
  FLASH_HIGHLIGHT,
  SUGGESTION_HIGHLIGHT,
  codeHighlightName,
  groupByCode,
  highlightCss,
} from '../model/highlight-style';
import type { ViewerAnnotation, ViewerCode, ViewerSuggestion } from '../types';

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** StaticRanges by "start:end" for one rendered document: a re-paint after one new annotation costs one lookup. */
class RangeCache {
  private readonly ranges = new Map<string, StaticRange | null>();
  constructor(private readonly core: ViewerCore) {}
  get(start: number, end: number): StaticRange | null {
    const key = `${start}:${end}`;
    let r = this.ranges.get(key);
    if (r === undefined) {
      r = staticRange(this.core, start, end);
      this.ranges.set(key, r);
    }
    return r;
  }
}

export function useHighlights(
  core: ViewerCore | null,
  codes: readonly ViewerCode[],
  annotations: readonly ViewerAnnotation[],
  suggestions: readonly ViewerSuggestion[],
): void {
  const supported = highlightSupported();
  const colors = useMemo(() => codes.map((c) => c.color), [codes]);
  const codeIds = useMemo(() => codes.map((c) => c.id), [codes]);
  const cache = useMemo(() => (core ? new RangeCache(core) : null), [core]);

  useEffect(() => {
    if (!supported) return;
    const style = document.createElement('style');
    style.dataset.fazhi = 'viewer-highlights';
    style.textContent = highlightCss(colors);
    document.head.append(style);
    return () => style.remove();
  }, [supported, colors]);

  useEffect(() => {
    if (!supported || !cache) return;
    const groups = groupByCode(annotations, codeIds);
    const names: string[] = [];
    groups.forEach((group, i) => {
      const ranges: StaticRange[] = [];
      for (const a of group) {
        const r = cache.get(a.start, a.end);
        if (r) ranges.push(r);
      }
      const name = codeHighlightName(i);
      CSS.highlights.set(name, new Highlight(...ranges));
      names.push(name);
    });
    return () => names.forEach((n) => CSS.highlights.delete(n));
  }, [supported, cache, annotations, codeIds]);

  useEffect(() => {
    if (!supported || !cache) return;
    const ranges = suggestions.map((s) => cache.get(s.start, s.end)).filter((r) => r !== null);
    CSS.highlights.set(SUGGESTION_HIGHLIGHT, new Highlight(...ranges));
    return () => void CSS.highlights.delete(SUGGESTION_HIGHLIGHT);
  }, [supported, cache, suggestions]);
}

/** Flash a range briefly (the focused range). Returns a cancel function. */
export function flashRange(core: ViewerCore, start: number, end: number): () => void {
  if (highlightSupported()) {
    const r = staticRange(core, start, end);
    if (!r) return () => undefined;
    CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(r));
    const t = window.setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), 1400);
    return () => {
      window.clearTimeout(t);
      CSS.highlights.delete(FLASH_HIGHLIGHT);
    };
  }
  // Without the Highlight API: flash the blocks the range touches (mutates their class list).
  const from = core.map.indexAt(start);
  const to = core.map.indexAt(Math.max(start, end - 1));
  const els = core.elements.slice(from, to + 1).filter(Boolean);
  els.forEach((el) => el.classList.add('fz-flash-block'));
  const t = window.setTimeout(() => els.forEach((el) => el.classList.remove('fz-flash-block')), 1400);
  return () => {
    window.clearTimeout(t);
    els.forEach((el) => el.classList.remove('fz-flash-block'));
  };
}
