import { describe, expect, it } from 'vitest';
import { fitPopup } from './use-fit-in-view';

const visible = { top: 50, bottom: 900 };

describe('fitPopup', () => {
  it('stays below the passage when it fits', () => {
    expect(fitPopup({ x: 10, y: 300, above: 270 }, 290, 0, visible)).toEqual({ top: 300, maxHeight: undefined });
  });
  it('flips above the passage near the bottom of the window', () => {
    const r = fitPopup({ x: 10, y: 800, above: 770 }, 290, 0, visible);
    expect(r).toEqual({ top: 480, maxHeight: undefined });
    expect(r.top + 290).toBeLessThanOrEqual(visible.bottom);
  });
  it('counts the inner box scrolled up under the window', () => {
    // The inner box starts 5,000 px above the window: the anchor is at 5,800 in it (800 on screen).
    const r = fitPopup({ x: 10, y: 5800, above: 5770 }, 290, -5000, visible);
    expect(r.top - 5000).toBeGreaterThanOrEqual(visible.top);
    expect(r.top - 5000 + 290).toBeLessThanOrEqual(visible.bottom);
  });
  it('caps the height on the roomier side when neither side fits', () => {
    const r = fitPopup({ x: 10, y: 400, above: 370 }, 900, 0, { top: 0, bottom: 600 });
    expect(r.maxHeight).toBeDefined();
    expect(r.top + r.maxHeight!).toBeLessThanOrEqual(600);
    expect(r.top).toBeGreaterThanOrEqual(0);
  });
});
