/**
 * Resolving disagreements between two coders in one document: their codings of
 * each code are grouped into passages where they differ (overlapping segments
 * that are not the same range), and a decision turns a passage into consensus
 * codings: A's, B's, both or neither. Pure; the app runs the plan as a command.
 */
import type { Annotation } from '../model/project';

/** The coder name consensus codings carry. */
export const CONSENSUS_CODER = 'consensus';

export type Decision = 'a' | 'b' | 'both' | 'neither';

export interface Disagreement {
  codeId: string;
  /** The passage the differing segments cover, code points. */
  start: number;
  end: number;
  a: Annotation[];
  b: Annotation[];
  /** Consensus codings of this code already in the passage. */
  consensus: Annotation[];
}

export interface Comparison {
  /** Segments both coders coded with the same code and the same range (A's copy). */
  agreed: Annotation[];
  disagreements: Disagreement[];
}

type Coded = Pick<Annotation, 'codeId' | 'start' | 'end' | 'coder'>;

export function compareCoders<T extends Coded>(codings: readonly T[], coderA: string, coderB: string): Comparison {
  const agreed: Annotation[] = [];
  const disagreements: Disagreement[] = [];
  const byCode = new Map<string, T[]>();
  for (const c of codings) {
    if (c.coder !== coderA && c.coder !== coderB && c.coder !== CONSENSUS_CODER) continue;
    const list = byCode.get(c.codeId) ?? [];
    list.push(c);
    byCode.set(c.codeId, list);
  }
  for (const [codeId, list] of byCode) {
    const a = list.filter((c) => c.coder === coderA);
    const b = list.filter((c) => c.coder === coderB);
    const consensus = list.filter((c) => c.coder === CONSENSUS_CODER);
    const key = (c: Coded): string => `${c.start}:${c.end}`;
    const bKeys = new Set(b.map(key));
    const aKeys = new Set(a.map(key));
    for (const x of a) if (bKeys.has(key(x))) agreed.push(x as unknown as Annotation);
    // What is left differs: group overlapping segments of either coder into one passage.
    const rest = [...a.filter((x) => !bKeys.has(key(x))), ...b.filter((x) => !aKeys.has(key(x)))].sort(
      (x, y) => x.start - y.start || x.end - y.end,
    );
    let current: Disagreement | null = null;
    for (const x of rest) {
      if (current && x.start < current.end) {
        current.end = Math.max(current.end, x.end);
      } else {
        current = { codeId, start: x.start, end: x.end, a: [], b: [], consensus: [] };
        disagreements.push(current);
      }
      (x.coder === coderA ? current.a : current.b).push(x as unknown as Annotation);
    }
    for (const d of disagreements)
      if (d.codeId === codeId)
        d.consensus = consensus.filter((c) => c.start < d.end && d.start < c.end) as unknown as Annotation[];
  }
  disagreements.sort((x, y) => x.start - y.start || x.end - y.end || x.codeId.localeCompare(y.codeId));
  return { agreed, disagreements };
}

/** Consensus copies of segments (each range once), with fresh ids. */
export function consensusCopies(
  segments: readonly Annotation[],
  ids: { newId: () => string; now: string },
): Annotation[] {
  const seen = new Set<string>();
  const out: Annotation[] = [];
  for (const s of segments) {
    const k = `${s.codeId}:${s.start}:${s.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      ...s,
      id: ids.newId(),
      coder: CONSENSUS_CODER,
      origin: 'manual',
      createdAt: ids.now,
      updatedAt: ids.now,
    });
  }
  return out;
}

/** The consensus codings a decision writes, and the consensus codings of the passage it replaces. */
export function planDecision(
  d: Disagreement,
  decision: Decision,
  ids: { newId: () => string; now: string },
): { put: Annotation[]; remove: string[] } {
  const keep = decision === 'a' ? d.a : decision === 'b' ? d.b : decision === 'both' ? [...d.a, ...d.b] : [];
  return { put: consensusCopies(keep, ids), remove: d.consensus.map((c) => c.id) };
}
