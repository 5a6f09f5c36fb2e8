/**
 * Reliability data in the shape every coefficient reads: distinct rows of values
 * (one per coder, a category index or null for a missing value) with a weight,
 * the number of units that have exactly this row. Presence/absence data over
 * hundreds of thousands of sentences collapse to a few dozen rows this way, so
 * the coefficients cost nothing however many units there are.
 */

export interface WeightedRow {
  /** One entry per coder: a category index (0 … categories − 1), or null when the coder gave no value. */
  values: readonly (number | null)[];
  weight: number;
}

export interface ReliabilityData {
  coders: readonly string[];
  /** Category labels; a row's values index into this list. */
  categories: readonly string[];
  rows: readonly WeightedRow[];
}

/**
 * Reliability data from a units × coders table of values (null or '' = missing).
 * Categories are listed in order of first appearance.
 */
export function fromTable(coders: readonly string[], units: readonly (readonly (string | null)[])[]): ReliabilityData {
  const categories: string[] = [];
  const index = new Map<string, number>();
  const rows = units.map((unit) => ({
    weight: 1,
    values: coders.map((_, c) => {
      const v = unit[c];
      if (v === null || v === undefined || v === '') return null;
      let i = index.get(v);
      if (i === undefined) {
        i = categories.length;
        categories.push(v);
        index.set(v, i);
      }
      return i;
    }),
  }));
  return { coders, categories, rows };
}

/**
 * Presence/absence data for one code from bit masks: bit c of a mask is set when
 * coder c applied the code in that unit. `masks` counts units by mask; units not
 * counted (up to `units`) are ones nobody coded. Every coder rated every unit.
 */
export function fromMasks(
  coders: readonly string[],
  units: number,
  masks: ReadonlyMap<number, number>,
): ReliabilityData {
  const rows: WeightedRow[] = [];
  let counted = 0;
  for (const [mask, weight] of masks) {
    if (weight <= 0 || mask === 0) continue;
    counted += weight;
    rows.push({ weight, values: coders.map((_, c) => ((mask >>> c) & 1 ? 1 : 0)) });
  }
  if (units - counted > 0) rows.push({ weight: units - counted, values: coders.map(() => 0) });
  return { coders, categories: ['absent', 'present'], rows };
}
