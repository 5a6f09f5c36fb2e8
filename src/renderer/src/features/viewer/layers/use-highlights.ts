/**
 * Paints annotations and suggestions with the CSS Custom Highlight API: the
 * document's text nodes are never split or re-rendered; only the highlight
 * registries change. Where the API is missing the viewer shows stripes only.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { staticRange, type ViewerCore } from '../dom/viewer-core';
import {
  FLASH_HIGHLIGHT,
  PENDING_HIGHLIGHT,
  SUGGESTION_HIGHLIGHT,
  codeHighlightName,
  highlightCss,
} from '../model/highlight-style';
import { inWindow, type PaintWindow } from './use-paint-window';
import type { ViewerAnnotation, ViewerCode, ViewerSuggestion } from '../types';

/** How long an instant highlight waits for its coding to be rendered before it is dropped. */
const INSTANT_KEPT_MS = 3000;

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** StaticRanges by "start:end" for one rendered document: a re-paint after one new annotation costs one lookup. */
class RangeCache {
  private readonly ranges = new Map<string, StaticRange | null>();
  constructor(private readonly core: ViewerCore) {}
  fresh(start: number, end: number): StaticRange | null {
    return staticRange(this.core, start, end);
  }
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

/** Paints a passage in its code's colour at once, ahead of the render that will list it. */
export type PaintNow = (start: number, end: number, codeId: string) => void;

export function useHighlights(
  core: ViewerCore | null,
  codes: readonly ViewerCode[],
  annotations: readonly ViewerAnnotation[],
  suggestions: readonly ViewerSuggestion[],
  win: PaintWindow | null,
): PaintNow {
  const supported = highlightSupported();
  const colors = useMemo(() => codes.map((c) => c.color), [codes]);
  const codeIds = useMemo(() => codes.map((c) => c.id), [codes]);
  const cache = useMemo(() => (core ? new RangeCache(core) : null), [core]);

  useEffect(() => {
    if (!supported) return;
    return holdHighlightSheet(highlightCss(colors));
  }, [supported, colors]);

  // One live Highlight per code, updated by difference: Chromium then repaints only
  // the ranges that changed, not every coded passage of the document.
  const live = useRef<{
    cache: RangeCache | null;
    entries: Map<string, { key: string; range: StaticRange; name: string }>;
    /**
     * Passages painted by `paintNow` from the key press itself, by "codeId@start:end": the
     * highlight is in the very next frame, while the render that adds the coding (its own
     * entry) runs after it; the entry then takes over and the instant range is dropped.
     */
    instant: Map<string, { range: StaticRange; name: string; at: number }>;
  }>({
    cache: null,
    entries: new Map(),
    instant: new Map(),
  });
  // Registered before the frame is painted, so text and colours appear together.
  useLayoutEffect(() => {
    if (!supported || !cache || !win) return;
    const state = live.current;
    const index = new Map(codeIds.map((id, i) => [id, i]));
    const names = codeIds.map((_, i) => codeHighlightName(i));
    const highlights = names.map((name) => {
      let h = CSS.highlights.get(name);
      if (!h) {
        h = new Highlight();
        CSS.highlights.set(name, h);
      }
      return h;
    });
    if (state.cache !== cache) {
      // Another document: its ranges point into replaced DOM.
      state.cache = cache;
      state.entries.clear();
      state.instant.clear();
      highlights.forEach((h) => h.clear());
    }
    const seen = new Set<string>();
    for (const a of annotations) {
      const i = index.get(a.codeId);
      if (i === undefined || !inWindow(win, a)) continue;
      const name = names[i]!;
      const key = `${a.start}:${a.end}`;
      const old = state.entries.get(a.id);
      seen.add(a.id);
      if (old && old.key === key && old.name === name && CSS.highlights.get(name)?.has(old.range)) continue;
      if (old) CSS.highlights.get(old.name)?.delete(old.range);
      // Each annotation gets its own range: a Highlight is a set, and two annotations
      // on the same passage must not share one (removing one would unpaint the other).
      const range = cache.fresh(a.start, a.end);
      if (!range) {
        state.entries.delete(a.id);
        continue;
      }
      highlights[i]!.add(range);
      state.entries.set(a.id, { key, range, name });
    }
    for (const [id, old] of state.entries) {
      if (seen.has(id)) continue;
      CSS.highlights.get(old.name)?.delete(old.range);
      state.entries.delete(id);
    }
    if (state.instant.size > 0) {
      const painted = new Set(annotations.map((a) => `${a.codeId}@${a.start}:${a.end}`));
      const now = performance.now();
      for (const [key, r] of state.instant) {
        // Taken over by the coding's own entry, or left over (its command was refused at once).
        if (!painted.has(key) && now - r.at < INSTANT_KEPT_MS) continue;
        CSS.highlights.get(r.name)?.delete(r.range);
        state.instant.delete(key);
      }
    }
  }, [supported, cache, annotations, codeIds, win]);

  const paintNow = useCallback<PaintNow>(
    (start, end, codeId) => {
      const i = codeIds.indexOf(codeId);
      const h = i < 0 ? undefined : CSS.highlights.get(codeHighlightName(i));
      const range = supported && cache && h ? cache.fresh(start, end) : null;
      if (!range || !h) return;
      h.add(range);
      live.current.instant.set(`${codeId}@${start}:${end}`, {
        range,
        name: codeHighlightName(i),
        at: performance.now(),
      });
    },
    [supported, cache, codeIds],
  );

  // Registries are dropped only when the viewer goes away or the codebook changes shape.
  useEffect(() => {
    if (!supported) return;
    const names = codeIds.map((_, i) => codeHighlightName(i));
    const state = live.current;
    return () => {
      names.forEach((n) => CSS.highlights.delete(n));
      state.entries.clear();
    };
  }, [supported, codeIds]);

  // Codings not yet committed: a dotted underline over their code's colour.
  useEffect(() => {
    if (!supported || !cache || !win) return;
    const ranges = annotations.flatMap((a) => (a.pending && inWindow(win, a) ? [cache.get(a.start, a.end)] : []));
    const present = ranges.filter((r) => r !== null);
    if (present.length) CSS.highlights.set(PENDING_HIGHLIGHT, new Highlight(...present));
    else CSS.highlights.delete(PENDING_HIGHLIGHT);
  }, [supported, cache, annotations, win]);
  useEffect(() => {
    if (!supported) return;
    return () => void CSS.highlights.delete(PENDING_HIGHLIGHT);
  }, [supported]);

  useEffect(() => {
    if (!supported || !cache || !win) return;
    const ranges = suggestions
      .filter((s) => inWindow(win, s))
      .map((s) => cache.get(s.start, s.end))
      .filter((r) => r !== null);
    CSS.highlights.set(SUGGESTION_HIGHLIGHT, new Highlight(...ranges));
    return () => void CSS.highlights.delete(SUGGESTION_HIGHLIGHT);
  }, [supported, cache, suggestions, win]);

  return paintNow;
}

/**
 * The one style sheet for the highlight colours. Replacing a style sheet makes the
 * browser recompute the style of the whole 100,000-character text, so it is kept
 * across viewers and rewritten only when the colours change.
 */
let sheet: { el: HTMLStyleElement; users: number } | null = null;

function holdHighlightSheet(css: string): () => void {
  if (!sheet) {
    const el = document.createElement('style');
    el.dataset.fazhi = 'viewer-highlights';
    document.head.append(el);
    sheet = { el, users: 0 };
  }
  const current = sheet;
  current.users++;
  if (current.el.textContent !== css) current.el.textContent = css;
  return () => {
    current.users--;
    // Removed a little later, so a viewer re-mounting (another document) finds it in place.
    window.setTimeout(() => {
      if (current.users === 0 && sheet === current) {
        current.el.remove();
        sheet = null;
      }
    }, 1000);
  };
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
