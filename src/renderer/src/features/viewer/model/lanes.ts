/**
 * Margin lanes for stripes: overlapping intervals get different lanes, and each
 * takes the lowest free one (interval-graph colouring, like MAXQDA's code stripes).
 * The intervals are vertical pixel extents: two codes on the same line must not
 * share a lane even when their characters do not overlap.
 */
export interface LaneItem {
  id: string;
  top: number;
  bottom: number;
}

export interface LaneLayout {
  lanes: Map<string, number>;
  laneCount: number;
}

/**
 * Assign lanes. Order: by top, longer first, then id, so the result depends only on
 * the set of items and an item keeps its lane when unrelated items come and go.
 */
export function assignLanes(items: readonly LaneItem[]): LaneLayout {
  const sorted = [...items].sort(
    (a, b) => a.top - b.top || b.bottom - a.bottom || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const laneBottoms: number[] = [];
  const lanes = new Map<string, number>();
  for (const it of sorted) {
    let lane = laneBottoms.findIndex((bottom) => bottom <= it.top);
    if (lane < 0) lane = laneBottoms.length;
    laneBottoms[lane] = it.bottom;
    lanes.set(it.id, lane);
  }
  return { lanes, laneCount: laneBottoms.length };
}
