/**
 * The researcher's decisions on plan → measure pairs, and the plans dataset.
 * One decision per plan item (its id is the plan's document and span), so
 * re-pointing a plan replaces its decision. A plan with no confirmed measure is
 * an unfulfilled plan; one nobody has decided on yet is neither.
 */
import type { Cell } from '../export/rows/segments';
import type { DocumentContent, DocumentRecord } from '../model/project';
import { OffsetMap } from '../text/codepoints';
import { consecutiveReports, pairPlans, type PlanMatch, type ReportPair } from './pair';

export type PlanDecision = 'confirmed' | 'rejected';

export interface PlanLink {
  /** `planLinkId(planDocId, planStart, planEnd)`. */
  id: string;
  projectId: string;
  planDocId: string;
  planStart: number;
  planEnd: number;
  measureDocId: string;
  measureStart: number;
  measureEnd: number;
  similarity: number;
  decision: PlanDecision;
  coder: string;
  decidedAt: string;
}

export const planLinkId = (docId: string, start: number, end: number): string => `${docId}:${start}-${end}`;

export interface ReportPairMatches extends ReportPair {
  matches: PlanMatch[];
}

/** Every government's consecutive reports with each plan item's best measure passages. */
export function projectPlanMatches(
  documents: readonly DocumentRecord[],
  contents: ReadonlyMap<string, DocumentContent>,
  top = 3,
  onProgress: (done: number, total: number) => void = () => {},
): ReportPairMatches[] {
  const out: ReportPairMatches[] = [];
  const pairs = consecutiveReports(documents);
  for (const [i, pair] of pairs.entries()) {
    const a = contents.get(pair.planDoc.id);
    const b = contents.get(pair.measureDoc.id);
    if (a && b) out.push({ ...pair, matches: pairPlans(a, b, top) });
    if (i % 20 === 19 || i === pairs.length - 1) onProgress(i + 1, pairs.length);
  }
  return out;
}

export const PLAN_COLUMNS = [
  'government_id',
  'government',
  'plan_year',
  'plan_doc_id',
  'plan_file',
  'plan_index',
  'plan_start',
  'plan_end',
  'plan_text',
  'measure_doc_id',
  'measure_file',
  'measure_start',
  'measure_end',
  'measure_text',
  'similarity',
  'decision',
  'fulfilled',
  'coder',
  'decided_at',
];

/**
 * One row per plan item: the decided measure (confirmed or rejected) or, while
 * undecided, the best-ranked one with decision `suggested` and fulfilled empty.
 */
export function planRows(
  pairs: readonly ReportPairMatches[],
  links: readonly PlanLink[],
  contents: ReadonlyMap<string, Pick<DocumentContent, 'text'>>,
): Record<string, Cell>[] {
  const byId = new Map(links.map((l) => [l.id, l]));
  const maps = new Map<string, OffsetMap>();
  const slice = (docId: string, s: number, e: number): string => {
    let m = maps.get(docId);
    if (!m) maps.set(docId, (m = new OffsetMap(contents.get(docId)?.text ?? '')));
    return m.slice(s, e);
  };
  const rows: Record<string, Cell>[] = [];
  for (const pair of pairs) {
    for (const { plan, candidates } of pair.matches) {
      const link = byId.get(planLinkId(pair.planDoc.id, plan.start, plan.end));
      const best = candidates[0];
      const measure = link
        ? { start: link.measureStart, end: link.measureEnd, similarity: link.similarity }
        : best
          ? { start: best.start, end: best.end, similarity: best.similarity }
          : null;
      rows.push({
        government_id: pair.government.id,
        government: pair.government.name,
        plan_year: pair.year,
        plan_doc_id: pair.planDoc.id,
        plan_file: pair.planDoc.fileName,
        plan_index: plan.index,
        plan_start: plan.start,
        plan_end: plan.end,
        plan_text: plan.text,
        measure_doc_id: measure ? pair.measureDoc.id : null,
        measure_file: measure ? pair.measureDoc.fileName : null,
        measure_start: measure?.start ?? null,
        measure_end: measure?.end ?? null,
        measure_text: measure ? slice(pair.measureDoc.id, measure.start, measure.end) : null,
        similarity: measure?.similarity ?? null,
        decision: link?.decision ?? (best ? 'suggested' : 'none'),
        fulfilled: link ? (link.decision === 'confirmed' ? 1 : 0) : null,
        coder: link?.coder ?? null,
        decided_at: link?.decidedAt ?? null,
      });
    }
  }
  return rows;
}
