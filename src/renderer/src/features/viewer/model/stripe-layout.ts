/**
 * Where each margin stripe goes, from the measured vertical extent of each
 * annotation. Lanes are assigned on pixels, not code points: two codes on the
 * same line must not share a lane even when their characters do not overlap.
 */
import { assignLanes } from '../../../../../shared/annotations/ranges';

export interface MeasuredStripe {
  id: string;
  codeId: string;
  top: number;
  bottom: number;
}

export interface StripeBox extends MeasuredStripe {
  lane: number;
  left: number;
  width: number;
}

/**
 * Lay stripes out in a gutter of fixed width (so the text never reflows when a
 * lane is added): lane 0 sits next to the text; lanes narrow when many overlap.
 */
export function layoutStripes(items: readonly MeasuredStripe[], gutterWidth: number): StripeBox[] {
  const { lanes, laneCount } = assignLanes(items.map((s) => ({ id: s.id, start: s.top, end: s.bottom })));
  const pitch = Math.max(1, Math.min(6, Math.floor((gutterWidth - 4) / Math.max(1, laneCount))));
  const width = Math.max(1, pitch - 2);
  return items.map((s) => {
    const lane = lanes.get(s.id) ?? 0;
    return { ...s, lane, width, left: gutterWidth - 4 - (lane + 1) * pitch };
  });
}
