/**
 * The reading pane: the read-only text, code highlights, margin stripes, section
 * labels, the passage card and the code picker. Props in, intents out through
 * callbacks; it never touches storage.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { segmentize } from '../../../../../shared/annotations/ranges';
import { OffsetMap } from '../../../../../shared/text/codepoints';
import { useT } from '../../../i18n/i18n';
import { createCore, selectionToDoc, setLiveRange, type ViewerCore } from '../dom/viewer-core';
import { useFind } from '../layers/find-layer';
import { flashRange, useHighlights } from '../layers/use-highlights';
import type { PopupAnchor } from '../layers/use-fit-in-view';
import { usePaintWindow } from '../layers/use-paint-window';
import { useReadingPlace } from '../layers/use-reading-place';
import { usePassageCard } from '../layers/use-passage-card';
import { SectionLabels } from '../layers/section-labels';
import { useStripes } from '../layers/use-stripes';
import { messages } from '../messages';
import { shortQuote } from '../model/annotation-summary';
import { buildBlocks, sectionLabels } from '../model/blocks';
import { resolveKey, shortcutMap } from '../model/keymap';
import { ParagraphMap } from '../model/paragraph-map';
import { segmentAtCaret, targetRange, type CaretOrSelection } from '../model/target-range';
import type { CodeRange, DocumentViewerProps } from '../types';
import { CodePicker } from './code-picker';
import { PassageCard } from './passage-card';
import { ViewerSurface } from './viewer-surface';

export function DocumentViewer(props: DocumentViewerProps) {
  const { content, codes, annotations, pendingAnnotations, suggestions, showSimplified, focusRange } = props;
  const t = useT(messages);
  const hintId = useId();
  // The latest callbacks, read by event handlers so they never go stale.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const displayed = showSimplified && content.simplified ? content.simplified : content.text;
  const displayedMap = useMemo(() => new OffsetMap(displayed), [displayed]);
  const map = useMemo(() => new ParagraphMap(displayed, content.paragraphs), [displayed, content.paragraphs]);
  const blocks = useMemo(
    () => buildBlocks(content.paragraphs, map.texts, content.headings),
    [content.paragraphs, content.headings, map],
  );
  const labels = useMemo(() => sectionLabels(content.sections, content.paragraphs), [content]);

  const [core, setCore] = useState<ViewerCore | null>(null);
  const onBuilt = useCallback(
    (elements: HTMLElement[], root: HTMLElement) => setCore(createCore(map, displayed, elements, root)),
    [map, displayed],
  );
  const liveCore = core && core.map === map ? core : null;

  const regionRef = useRef<HTMLDivElement | null>(null);
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  const regionCallback = useCallback((el: HTMLDivElement | null) => {
    regionRef.current = el;
    setRegion(el);
  }, []);
  const innerRef = useRef<HTMLDivElement>(null);
  const [gutter, setGutter] = useState<HTMLDivElement | null>(null);
  const win = usePaintWindow(liveCore, region);
  // What is painted: the stored annotations and, marked, the codings still being saved.
  const painted = useMemo(
    () =>
      pendingAnnotations?.length
        ? [...annotations, ...pendingAnnotations.map((a) => ({ ...a, pending: true }))]
        : annotations,
    [annotations, pendingAnnotations],
  );
  const paintNow = useHighlights(liveCore, codes, painted, suggestions, win);
  useStripes(liveCore, gutter, painted, codes, win);
  useReadingPlace(liveCore, region, props.initialPlace, props.onPlaceChange);
  const find = useFind(liveCore, content.text, region, props.find);

  const segments = useMemo(() => segmentize(annotations), [annotations]);
  const suggestionSegments = useMemo(
    () => segmentize(suggestions.map((s) => ({ id: s.key, start: s.start, end: s.end }))),
    [suggestions],
  );
  const shortcuts = useMemo(() => shortcutMap(codes), [codes]);

  const focusViewer = useCallback(() => regionRef.current?.focus({ preventScroll: true }), []);
  const passage = usePassageCard({
    core: liveCore,
    inner: innerRef,
    annotations,
    segments,
    suggestionSegments,
    onClosed: focusViewer,
  });

  const [picker, setPicker] = useState<{ range: CodeRange; anchor: PopupAnchor } | null>(null);
  // Where the last click put the caret, for when the browser keeps no selection.
  const lastCaret = useRef<number | null>(null);

  useEffect(() => {
    if (!liveCore || !focusRange || !regionRef.current) return;
    const scroller = regionRef.current;
    const r = document.createRange();
    if (!setLiveRange(liveCore, r, focusRange.start, focusRange.end)) return;
    const rect = r.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - box.height / 3, behavior: 'smooth' });
    return flashRange(liveCore, focusRange.start, focusRange.end);
  }, [liveCore, focusRange]);

  /**
   * Inner-box coordinates just below (and just above) the character at `cp`: a popup
   * opens below it, or above when the window has no room below (a collapsed DOM
   * selection often has no rect, so the character's own range is measured).
   */
  const anchorAt = (core: ViewerCore, cp: number): PopupAnchor => {
    const inner = innerRef.current;
    const r = document.createRange();
    if (!inner || !setLiveRange(core, r, cp, cp + 1)) {
      const top = (regionRef.current?.scrollTop ?? 0) + 40;
      return { x: 60, y: top, above: top };
    }
    const rects = r.getClientRects();
    const rect = rects[rects.length - 1] ?? r.getBoundingClientRect();
    const box = inner.getBoundingClientRect();
    return {
      x: Math.max(8, Math.min(rect.left - box.left, inner.clientWidth - 340)),
      y: rect.bottom - box.top + 6,
      above: rect.top - box.top - 6,
    };
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!liveCore) return;
    const target = e.target as Node;
    // Keys typed in the card, picker or margin buttons are theirs.
    if (target !== regionRef.current && !liveCore.root.contains(target)) return;
    if (e.key === 'Escape') {
      setPicker(null);
      passage.close();
      return;
    }
    const sel: CaretOrSelection | null =
      selectionToDoc(liveCore) ??
      (lastCaret.current !== null ? { start: lastCaret.current, end: lastCaret.current, collapsed: true } : null);
    const suggestionHere = sel ? segmentAtCaret(suggestionSegments, sel.start) : null;
    const intent = resolveKey(e, shortcuts, suggestionHere !== null);
    if (!intent || !sel) return;
    e.preventDefault();
    const cb = latest.current;
    if (intent.kind === 'apply') {
      const range = targetRange(content, liveCore.whole, sel, intent.scope);
      if (range) {
        // The colour first, in the next frame; the coding's render and its command follow.
        paintNow(range.start, range.end, intent.codeId);
        cb.onApplyCode(range, intent.codeId);
      }
    } else if (intent.kind === 'picker') {
      const range = targetRange(content, liveCore.whole, sel, 'selection');
      if (range) setPicker({ range, anchor: anchorAt(liveCore, Math.max(range.start, range.end - 1)) });
    } else if (intent.kind === 'accept' && suggestionHere) {
      cb.onAcceptSuggestions([...suggestionHere.ids]);
    } else if (intent.kind === 'reject' && suggestionHere) {
      cb.onRejectSuggestions([...suggestionHere.ids]);
    } else if (intent.kind === 'card') {
      passage.openAtCaret(sel.start, anchorAt(liveCore, sel.start));
    }
  };

  const annById = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const card = passage.card;
  const cardAnnotations = card ? card.ids.flatMap((id) => annById.get(id) ?? []) : [];
  const cardSuggestion = card?.suggestionKey ? (suggestions.find((s) => s.key === card.suggestionKey) ?? null) : null;
  const cardAnchor = useMemo(() => (card ? { x: card.x, y: card.y, above: card.above } : null), [card]);
  // The card quotes its passage as the reader shows it (simplified or as stored).
  const cardQuote = (() => {
    const spans = cardAnnotations.length > 0 ? cardAnnotations : cardSuggestion ? [cardSuggestion] : [];
    if (spans.length === 0) return '';
    const start = spans.reduce((m, a) => Math.min(m, a.start), Infinity);
    const end = spans.reduce((m, a) => Math.max(m, a.end), 0);
    return shortQuote(displayedMap.slice(start, end), 80);
  })();

  return (
    <div
      ref={regionCallback}
      className="fz-viewer"
      role="region"
      aria-label={t('viewerLabel')}
      aria-describedby={hintId}
      tabIndex={0}
      data-testid="viewer"
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        if (liveCore) lastCaret.current = passage.caretAt(e.clientX, e.clientY);
      }}
    >
      <span id={hintId} className="fz-visually-hidden">
        {t('viewerHint')}
      </span>
      {find.bar}
      <div ref={innerRef} className="fz-viewer-inner" {...passage.pointerHandlers}>
        <div ref={setGutter} className="fz-gutter" aria-hidden="true" onClick={passage.onGutterClick} />
        <ViewerSurface blocks={blocks} onBuilt={onBuilt} label={t('viewerLabel')} />
        <SectionLabels
          core={liveCore}
          labels={labels}
          suggestions={suggestions}
          onAccept={(keys) => latest.current.onAcceptSuggestions(keys)}
          onReject={(keys) => latest.current.onRejectSuggestions(keys)}
        />
        {card && cardAnchor && (cardAnnotations.length > 0 || cardSuggestion) && (
          <PassageCard
            annotations={cardAnnotations}
            suggestion={cardSuggestion}
            codes={codes}
            anchor={cardAnchor}
            scroller={region}
            quote={cardQuote}
            autoFocus={card.focus}
            onClose={passage.close}
            onRemove={(id) => props.onRemoveAnnotation(id)}
            onChangeCode={(id, codeId) => props.onChangeAnnotationCode(id, codeId)}
            onEditMemo={(id, memo) => props.onEditMemo(id, memo)}
            onAccept={(key) => props.onAcceptSuggestions([key])}
            onReject={(key) => props.onRejectSuggestions([key])}
          />
        )}
        {picker && (
          <CodePicker
            codes={codes}
            anchor={picker.anchor}
            scroller={region}
            onPick={(codeId) => {
              paintNow(picker.range.start, picker.range.end, codeId);
              latest.current.onApplyCode(picker.range, codeId);
              setPicker(null);
              focusViewer();
            }}
            onClose={() => {
              setPicker(null);
              focusViewer();
            }}
          />
        )}
      </div>
    </div>
  );
}
