/**
 * The agreement table: chosen coders, documents, codes and unit in; one row per
 * code and one overall row out, each with every figure that applies, its n and
 * unit. The overall row pools the codes (each unit × code is one item); at the
 * character unit it adds Krippendorff's unitizing α (uα per code and overall, cuα
 * overall) on the documents laid end to end.
 */
import { nominalFigures, type Figures } from './measures';
import { fromMasks } from './rows';
import { codingGivenUnitizingAlpha, unitizingAlpha, type UnitSpan } from './unitizing';
import { maskCounts, overlapCounts, type AgreementCoding, type AgreementDocument, type AgreementUnit } from './units';

export interface AgreementInput {
  documents: readonly AgreementDocument[];
  codings: readonly AgreementCoding[];
  coders: readonly string[];
  /** Codes to report, in order; default: every code the chosen coders used, in order of first use. */
  codeIds?: readonly string[];
  unit: AgreementUnit;
  /** For the overlap unit: the least shared length over joint length that counts as agreement (default 0.9). */
  threshold?: number;
}

export interface AgreementRow {
  /** null for the overall row. */
  codeId: string | null;
  figures: Figures;
}

export interface AgreementTable {
  unit: AgreementUnit;
  coders: string[];
  documents: number;
  /** Units in the study (per code): documents, paragraphs, sentences, code points or segments. */
  units: number;
  threshold: number | null;
  overall: AgreementRow;
  codes: AgreementRow[];
}

export const DEFAULT_OVERLAP = 0.9;

/** Reliability work on up to 31 coders: each coder is one bit of a mask. */
export const MAX_CODERS = 31;

export function computeAgreement(input: AgreementInput): AgreementTable {
  const coders = [...new Set(input.coders)];
  if (coders.length > MAX_CODERS) throw new RangeError(`Agreement compares at most ${MAX_CODERS} coders.`);
  const docIds = new Set(input.documents.map((d) => d.id));
  const chosen = new Set(coders);
  const codings = input.codings.filter((c) => docIds.has(c.docId) && chosen.has(c.coder));
  const codeIds = input.codeIds ? [...input.codeIds] : [...new Set(codings.map((c) => c.codeId))];
  const threshold = input.threshold ?? DEFAULT_OVERLAP;
  const counts =
    input.unit === 'overlap'
      ? overlapCounts(codings, coders, codeIds, threshold)
      : maskCounts(input.unit, input.documents, codings, coders, codeIds);

  const pooled = new Map<number, number>();
  let pooledUnits = 0;
  const rows: AgreementRow[] = codeIds.map((codeId) => {
    const masks = counts.byCode.get(codeId)!;
    let units = counts.units;
    if (input.unit === 'overlap') {
      units = 0;
      for (const n of masks.values()) units += n;
    }
    pooledUnits += units;
    for (const [mask, n] of masks) pooled.set(mask, (pooled.get(mask) ?? 0) + n);
    return { codeId, figures: nominalFigures(fromMasks(coders, units, masks), 2) };
  });
  const overall: AgreementRow = { codeId: null, figures: nominalFigures(fromMasks(coders, pooledUnits, pooled), 2) };

  if (input.unit === 'character') {
    const offsets = new Map<string, number>();
    let length = 0;
    for (const d of input.documents) {
      offsets.set(d.id, length);
      length += d.length;
    }
    const wanted = new Set(codeIds);
    const units: UnitSpan[][] = coders.map(() => []);
    const index = new Map(coders.map((c, i) => [c, i]));
    for (const c of codings) {
      if (!wanted.has(c.codeId)) continue;
      const off = offsets.get(c.docId)!;
      units[index.get(c.coder)!]!.push({ start: off + c.start, end: off + c.end, value: c.codeId });
    }
    const data = { coders, length, units };
    const u = unitizingAlpha(data);
    overall.figures.krippendorff_u_alpha = u.overall;
    overall.figures.krippendorff_cu_alpha = codingGivenUnitizingAlpha(data);
    for (const row of rows) {
      const v = u.byValue.get(row.codeId!);
      row.figures.krippendorff_u_alpha = v
        ? { value: v.value, n: v.n, ...(v.note ? { note: v.note } : {}) }
        : { value: null, n: length, note: 'nobody marked any unit' };
    }
  }
  return {
    unit: input.unit,
    coders,
    documents: input.documents.length,
    units: counts.units,
    threshold: input.unit === 'overlap' ? threshold : null,
    overall,
    codes: rows,
  };
}
