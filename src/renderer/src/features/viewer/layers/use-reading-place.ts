/**
 * The reader's place: scrolls to a code point once when the document is built (a
 * reload returning to where the coder was), and reports the code point at the top
 * of the view as the coder scrolls (after a pause, so scrolling stays smooth).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { caretDocAt, setLiveRange, type ViewerCore } from '../dom/viewer-core';

const REPORT_AFTER_MS = 400;

export function useReadingPlace(
  core: ViewerCore | null,
  scroller: HTMLElement | null,
  initial: number | null | undefined,
  onChange: ((cp: number) => void) | undefined,
): void {
  const restoredFor = useRef<ViewerCore | null>(null);
  useLayoutEffect(() => {
    if (!core || !scroller || restoredFor.current === core) return;
    restoredFor.current = core;
    if (!initial || initial <= 0) return;
    const r = document.createRange();
    if (!setLiveRange(core, r, initial, initial + 1)) return;
    const rect = r.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    scroller.scrollTop += rect.top - box.top - 8;
  }, [core, scroller, initial]);

  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  });
  useEffect(() => {
    if (!core || !scroller) return;
    let timer = 0;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const box = scroller.getBoundingClientRect();
        const text = core.root.getBoundingClientRect();
        // A point just inside the text column, one line below the top edge.
        const cp = scroller.scrollTop < 4 ? 0 : caretDocAt(core, text.left + 24, box.top + 16);
        if (cp !== null) report.current?.(cp);
      }, REPORT_AFTER_MS);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [core, scroller]);
}
