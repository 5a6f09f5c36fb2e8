/**
 * Plan decisions read back from a backup: a row is kept only when both its
 * passages lie inside texts that are in the backup; anything else is dropped
 * with a warning naming it (never silently, never half-kept).
 */
import type { RestoreWarning } from '../backup/format';
import type { OffsetMap } from '../text/codepoints';
import { planLinkId, type PlanLink } from './links';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

export function restorePlanLinks(
  rows: readonly unknown[],
  projectId: string,
  texts: ReadonlyMap<string, OffsetMap>,
  warnings: RestoreWarning[],
): PlanLink[] {
  const out: PlanLink[] = [];
  for (const [i, v] of rows.entries()) {
    const what = `plan decision ${isObj(v) && typeof v.id === 'string' ? v.id : i + 1}`;
    if (!isObj(v)) {
      warnings.push({ what, reason: 'it is not a record; dropped' });
      continue;
    }
    const planDocId = typeof v.planDocId === 'string' ? v.planDocId : '';
    const measureDocId = typeof v.measureDocId === 'string' ? v.measureDocId : '';
    const [ps, pe, ms, me] = [v.planStart, v.planEnd, v.measureStart, v.measureEnd].map(int);
    const decision = v.decision === 'confirmed' || v.decision === 'rejected' ? v.decision : null;
    const inside = (docId: string, s: number | null | undefined, e: number | null | undefined) => {
      const map = texts.get(docId);
      return map !== undefined && s != null && e != null && s >= 0 && s < e && e <= map.cpCount;
    };
    if (!decision || !inside(planDocId, ps, pe) || !inside(measureDocId, ms, me)) {
      warnings.push({ what, reason: 'its decision or its passages do not fit the texts in the backup; dropped' });
      continue;
    }
    out.push({
      id: planLinkId(planDocId, ps!, pe!),
      projectId,
      planDocId,
      planStart: ps!,
      planEnd: pe!,
      measureDocId,
      measureStart: ms!,
      measureEnd: me!,
      similarity: typeof v.similarity === 'number' && Number.isFinite(v.similarity) ? v.similarity : 0,
      decision,
      coder: typeof v.coder === 'string' ? v.coder : '',
      decidedAt: typeof v.decidedAt === 'string' ? v.decidedAt : '',
    });
  }
  return out;
}
