/**
 * Which blocks to paint: highlights and stripes are only registered for the
 * blocks near the viewport, so their cost follows what is on screen, not the
 * number of annotations in the document.
 */
export interface BlockBox {
  top: number;
  bottom: number;
}

/**
 * Indices [first, last] of the blocks intersecting [y0, y1], by binary search over
 * blocks laid out top to bottom. Returns null when there are none.
 */
export function blocksInView(
  count: number,
  box: (i: number) => BlockBox,
  y0: number,
  y1: number,
): [number, number] | null {
  if (count === 0) return null;
  let lo = 0;
  let hi = count - 1;
  // First block whose bottom reaches y0.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).bottom < y0) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  lo = first;
  hi = count - 1;
  // Last block whose top is above y1.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (box(mid).top <= y1) lo = mid;
    else hi = mid - 1;
  }
  return [first, Math.max(first, lo)];
}

/** Whether [a0, a1] lies inside [b0, b1]. */
export function contains(outer: [number, number], inner: [number, number]): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}
