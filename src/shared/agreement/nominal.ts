/**
 * Agreement coefficients for nominal data (any number of coders, missing values
 * allowed where the coefficient allows them). Each returns the figure with n, the
 * number of units it rests on; the figure is null (with a note) where the
 * coefficient is undefined: no variation in the data (one category only), too few
 * coders, or no units that it can use. Pure.
 */
import type { ReliabilityData } from './rows';

export interface Coefficient {
  value: number | null;
  /** Units the figure rests on. */
  n: number;
  /** Why the value is null (English; the UI has its own wording). */
  note?: string;
}

const undefinedBecause = (n: number, note: string): Coefficient => ({ value: null, n, note });

/** Per row: how many coders gave each category, and how many values there are. */
function counts(data: ReliabilityData): { counts: number[]; total: number; weight: number }[] {
  const q = data.categories.length;
  return data.rows.map((row) => {
    const c = new Array<number>(q).fill(0);
    let total = 0;
    for (const v of row.values)
      if (v !== null) {
        c[v]!++;
        total++;
      }
    return { counts: c, total, weight: row.weight };
  });
}

/**
 * Observed agreement: per unit with at least two values, the share of agreeing
 * pairs of coders; averaged over those units (for two coders: the share of units
 * both coded alike). Gwet's pₐ, the observed term of Fleiss' κ and Brennan–Prediger κ.
 */
export function percentAgreement(data: ReliabilityData): Coefficient {
  let n = 0;
  let sum = 0;
  for (const row of counts(data)) {
    if (row.total < 2) continue;
    let agree = 0;
    for (const k of row.counts) agree += k * (k - 1);
    sum += (row.weight * agree) / (row.total * (row.total - 1));
    n += row.weight;
  }
  return n === 0 ? undefinedBecause(0, 'no unit has values from two coders') : { value: sum / n, n };
}

/** Cohen's κ (1960) for exactly two coders, on the units both coded. */
export function cohenKappa(data: ReliabilityData): Coefficient {
  if (data.coders.length !== 2) return undefinedBecause(0, 'Cohen’s κ compares exactly two coders');
  const q = data.categories.length;
  const a = new Array<number>(q).fill(0);
  const b = new Array<number>(q).fill(0);
  let agree = 0;
  let n = 0;
  for (const row of data.rows) {
    const [x, y] = row.values;
    if (x === null || y === null || x === undefined || y === undefined) continue;
    a[x]! += row.weight;
    b[y]! += row.weight;
    if (x === y) agree += row.weight;
    n += row.weight;
  }
  if (n === 0) return undefinedBecause(0, 'no unit was coded by both coders');
  let pe = 0;
  for (let k = 0; k < q; k++) pe += (a[k]! / n) * (b[k]! / n);
  if (pe >= 1) return undefinedBecause(n, 'both coders used one and the same category only');
  return { value: (agree / n - pe) / (1 - pe), n };
}

/** Fleiss' κ (1971): every unit rated by all coders (units with a missing value are left out). */
export function fleissKappa(data: ReliabilityData): Coefficient {
  const m = data.coders.length;
  if (m < 2) return undefinedBecause(0, 'Fleiss’ κ needs at least two coders');
  const q = data.categories.length;
  const totals = new Array<number>(q).fill(0);
  let n = 0;
  let pSum = 0;
  for (const row of counts(data)) {
    if (row.total !== m) continue;
    let sq = 0;
    for (let k = 0; k < q; k++) {
      sq += row.counts[k]! * row.counts[k]!;
      totals[k]! += row.weight * row.counts[k]!;
    }
    pSum += (row.weight * (sq - m)) / (m * (m - 1));
    n += row.weight;
  }
  if (n === 0) return undefinedBecause(0, 'no unit was coded by every coder');
  let pe = 0;
  for (const t of totals) pe += (t / (n * m)) ** 2;
  if (pe >= 1) return undefinedBecause(n, 'all coders used one and the same category only');
  return { value: (pSum / n - pe) / (1 - pe), n };
}

/**
 * Krippendorff's α for nominal data (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability"): from the coincidence matrix of all pairable values, so any
 * number of coders and missing values are fine.
 */
export function krippendorffAlpha(data: ReliabilityData): Coefficient {
  const q = data.categories.length;
  // Only the marginals and the diagonal are needed for the nominal metric.
  const marginal = new Array<number>(q).fill(0);
  let diagonal = 0;
  let pairable = 0;
  let units = 0;
  for (const row of counts(data)) {
    if (row.total < 2) continue;
    units += row.weight;
    const w = row.weight / (row.total - 1);
    for (let k = 0; k < q; k++) {
      const c = row.counts[k]!;
      if (c === 0) continue;
      marginal[k]! += row.weight * c;
      diagonal += w * c * (c - 1);
    }
    pairable += row.weight * row.total;
  }
  if (units === 0) return undefinedBecause(0, 'no unit has values from two coders');
  const observed = pairable - diagonal;
  let expected = pairable * pairable;
  for (const nk of marginal) expected -= nk * nk;
  expected /= pairable - 1;
  if (expected <= 0) return undefinedBecause(units, 'all values are one and the same category');
  return { value: 1 - observed / expected, n: units };
}

/**
 * Brennan and Prediger's κ (1981): chance agreement 1/q for q categories that
 * coders could use (by default the ones that occur), observed agreement as in
 * percentAgreement.
 */
export function brennanPredigerKappa(data: ReliabilityData, categories = data.categories.length): Coefficient {
  const po = percentAgreement(data);
  if (po.value === null) return po;
  if (categories < 2) return undefinedBecause(po.n, 'there is only one category');
  const pe = 1 / categories;
  return { value: (po.value - pe) / (1 - pe), n: po.n };
}
