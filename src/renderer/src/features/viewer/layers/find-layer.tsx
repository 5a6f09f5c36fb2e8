/**
 * Find in the open document (Ctrl/Cmd+F): the same matching as the corpus
 * search (simplified = traditional, full = half width), every hit highlighted,
 * the current one stronger, next / previous with Enter / Shift+Enter, and a count.
 * Opened from a search hit it starts with that query and that hit.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Span } from '../../../../../shared/model/document';
import { compileQuery, parseQueryText, searchText, type SearchQuery } from '../../../../../shared/search';
import { useT } from '../../../i18n/i18n';
import { setLiveRange, staticRange, type ViewerCore } from '../dom/viewer-core';
import { messages } from '../messages';
import { highlightSupported } from './use-highlights';

/** A find the lead asks for (a search hit opened): `nonce` makes the same request repeatable. */
export interface FindRequest {
  text: string;
  query?: SearchQuery;
  focus?: Span;
  nonce: number;
}

const ALL = 'fz-find';
const CURRENT = 'fz-find-current';
/** Highlights drawn at most (a one-character query may match thousands of times). */
const MAX_PAINTED = 5000;

let sheet: HTMLStyleElement | null = null;
function ensureSheet(): void {
  if (sheet) return;
  sheet = document.createElement('style');
  sheet.dataset.fazhi = 'find-highlights';
  sheet.textContent = `::highlight(${ALL}) { background-color: rgb(255 224 138 / 0.9); } ::highlight(${CURRENT}) { background-color: rgb(255 150 50 / 0.95); }`;
  document.head.append(sheet);
}

export function useFind(core: ViewerCore | null, text: string, scroller: HTMLElement | null, request?: FindRequest) {
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const [query, setQuery] = useState<SearchQuery | null>(null);
  const [index, setIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!request) return;
    setOpen(true);
    setInput(request.text);
    setQuery(request.query ?? parseQueryText(request.text));
    setIndex(-1 - (request.focus?.start ?? 0));
  }, [request]);

  const hits = useMemo(() => {
    if (!query) return [] as Span[];
    const c = compileQuery(query);
    return c.ok ? searchText({ text }, c.compiled) : [];
  }, [query, text]);

  // A negative index stands for "the hit at this code point" (set before the hits are known).
  const current =
    index < 0
      ? Math.max(
          0,
          hits.findIndex((h) => h.start >= -1 - index),
        )
      : index;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        setOpen(true);
        window.requestAnimationFrame(() => inputRef.current?.select());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useLayoutEffect(() => {
    if (!core || !highlightSupported()) return;
    ensureSheet();
    if (!open || hits.length === 0) {
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
      return;
    }
    const all = new Highlight();
    for (const h of hits.slice(0, MAX_PAINTED)) {
      const r = staticRange(core, h.start, h.end);
      if (r) all.add(r);
    }
    CSS.highlights.set(ALL, all);
    const cur = hits[current];
    const r = cur && staticRange(core, cur.start, cur.end);
    if (r) CSS.highlights.set(CURRENT, new Highlight(r));
    else CSS.highlights.delete(CURRENT);
    return () => {
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    };
  }, [core, hits, current, open]);

  // The current hit is scrolled into view (a third down the pane).
  useEffect(() => {
    const cur = hits[current];
    if (!open || !core || !scroller || !cur) return;
    const r = document.createRange();
    if (!setLiveRange(core, r, cur.start, cur.end)) return;
    const rect = r.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if (rect.top < box.top + 40 || rect.bottom > box.bottom - 20) {
      scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - box.height / 3 });
    }
  }, [open, core, scroller, hits, current]);

  const step = useCallback(
    (d: number) => hits.length > 0 && setIndex((current + d + hits.length) % hits.length),
    [hits.length, current],
  );
  const close = useCallback(() => {
    setOpen(false);
    scroller?.focus({ preventScroll: true });
  }, [scroller]);

  const bar = open ? (
    <FindBar
      inputRef={inputRef}
      value={input}
      count={hits.length}
      current={hits.length ? current + 1 : 0}
      onChange={(v) => {
        setInput(v);
        setQuery(v.trim() ? parseQueryText(v) : null);
        setIndex(0);
      }}
      onStep={step}
      onClose={close}
    />
  ) : null;
  return { bar, hits, current };
}

function FindBar(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  count: number;
  current: number;
  onChange(v: string): void;
  onStep(d: number): void;
  onClose(): void;
}) {
  const t = useT(messages);
  return (
    <div className="fz-find" role="search" data-testid="find-bar">
      <input
        ref={props.inputRef}
        type="search"
        aria-label={t('findLabel')}
        placeholder={t('findLabel')}
        value={props.value}
        autoFocus
        data-testid="find-input"
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            props.onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onClose();
          }
        }}
      />
      <span className="fz-find-count" aria-live="polite" data-testid="find-count">
        {t('findCount', { current: props.current, count: props.count })}
      </span>
      <button
        type="button"
        aria-label={t('findPrev')}
        title={`${t('findPrev')} (Shift+Enter)`}
        onClick={() => props.onStep(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('findNext')}
        title={`${t('findNext')} (Enter)`}
        onClick={() => props.onStep(1)}
      >
        ↓
      </button>
      <button type="button" aria-label={t('findClose')} title={`${t('findClose')} (Esc)`} onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}
