/**
 * Whether the top bar must be compact (icons without their labels, short tab
 * names) to fit the window: the width the bar's items need with their full labels
 * is summed from the items themselves (their boxes, plus the hidden labels' own
 * widths while compact), so it is known in either state and the bar switches
 * back as soon as the window is wide enough. Re-checked when the window or any
 * label changes (a longer project name, another language, a coder's name).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** The gap between a button's icon and its label (app.css .btn). */
const ICON_GAP = 6;

function fullWidth(bar: HTMLElement, compact: boolean): number {
  const style = getComputedStyle(bar);
  const gap = parseFloat(style.columnGap) || 0;
  const items = [...bar.children].filter((c) => !c.classList.contains('spacer')) as HTMLElement[];
  let w = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + gap * Math.max(0, items.length - 1);
  for (const el of items) w += el.getBoundingClientRect().width;
  if (compact) {
    // A hidden label keeps its text width as its scroll width (app.css .topbar.compact .topbar-label).
    for (const label of bar.querySelectorAll<HTMLElement>('.topbar-label')) w += label.scrollWidth + ICON_GAP;
    for (const short of bar.querySelectorAll<HTMLElement>('.topbar-short')) {
      const full = short.previousElementSibling as HTMLElement | null;
      if (full) w += full.scrollWidth - short.getBoundingClientRect().width;
    }
  }
  return w;
}

export function useCompactBar(ref: RefObject<HTMLElement | null>): boolean {
  const [compact, setCompact] = useState(false);
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    // 2 px of slack: sub-pixel widths must not make the bar flip back and forth.
    const check = () => setCompact(fullWidth(bar, bar.classList.contains('compact')) > bar.clientWidth - 2);
    check();
    const ro = new ResizeObserver(check);
    ro.observe(bar);
    const mo = new MutationObserver(check);
    mo.observe(bar, { subtree: true, childList: true, characterData: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, [ref]);
  return compact;
}
