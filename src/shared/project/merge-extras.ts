/**
 * What a coder's file brings besides codes and codings: the project's own document
 * variables and their values, memos, and decisions on plan → measure pairs and on
 * suggestions. Matched like documents and codes (by id, else by what they are:
 * a variable by its name, a memo by its target, a plan decision by its plan item);
 * a value, memo or decision that differs from the project's is listed as a
 * conflict and the project's is kept, so nothing changes or goes missing silently.
 * Pure; called by merge.ts.
 */
import type {
  CustomValue,
  CustomVariable,
  DocumentRecord,
  Memo,
  ProjectSnapshot,
  SuggestionDecision,
} from '../model/project';
import { planLinkId, type PlanLink } from '../plans/links';

export interface MergeProblem {
  /** What was not merged, e.g. `coding "依法行政" in "2023年报告.docx" [12, 40)`. */
  what: string;
  reason: string;
}

/** Rows the extras add or change. */
export interface ExtraChanges {
  variables: CustomVariable[];
  /** Documents of the project given values of variables they had none for (before, after). */
  updatedDocuments: { before: DocumentRecord; after: DocumentRecord }[];
  memos: Memo[];
  decisions: SuggestionDecision[];
  planLinks: PlanLink[];
}

export interface ExtraReport {
  variables: { matchedById: number; matchedByName: number; added: string[] };
  values: { added: number; alreadyPresent: number };
  memos: { added: number; alreadyPresent: number };
  planLinks: { added: number; alreadyPresent: number };
}

export interface ExtrasContext {
  projectId: string;
  /** Incoming document id → project document id (matched or added). */
  docMap: ReadonlyMap<string, string>;
  codeMap: ReadonlyMap<string, string>;
  /** Documents the merge adds (their values are re-keyed in place to the project's variables). */
  addedDocuments: DocumentRecord[];
  docName: (incomingDocId: string) => string;
  problems: MergeProblem[];
}

const shown = (v: CustomValue): string => (typeof v === 'string' ? `"${v}"` : String(v));
const short = (s: string): string => {
  const chars = [...s.replace(/\s+/g, ' ').trim()];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : chars.join('');
};

export function mergeExtras(base: ProjectSnapshot, incoming: ProjectSnapshot, ctx: ExtrasContext) {
  const changes: ExtraChanges = { variables: [], updatedDocuments: [], memos: [], decisions: [], planLinks: [] };
  const report: ExtraReport = {
    variables: { matchedById: 0, matchedByName: 0, added: [] },
    values: { added: 0, alreadyPresent: 0 },
    memos: { added: 0, alreadyPresent: 0 },
    planLinks: { added: 0, alreadyPresent: 0 },
  };
  mergeVariables(base, incoming, ctx, changes, report);
  mergeMemos(base, incoming, ctx, changes, report);
  mergeDecisions(base, incoming, ctx, changes);
  mergePlanLinks(base, incoming, ctx, changes, report);
  return { changes, report };
}

function mergeVariables(
  base: ProjectSnapshot,
  incoming: ProjectSnapshot,
  ctx: ExtrasContext,
  changes: ExtraChanges,
  report: ExtraReport,
): void {
  const baseVars = base.variables ?? [];
  const byId = new Map(baseVars.map((v) => [v.id, v]));
  const byName = new Map(baseVars.map((v) => [v.name.trim(), v]));
  let order = baseVars.reduce((n, v) => Math.max(n, v.order), -1);
  // Incoming variable id → the project's, for values that can be merged; names for messages.
  const varMap = new Map<string, string>();
  const varName = new Map((incoming.variables ?? []).map((v) => [v.id, v.name]));
  const refused = new Set<string>();
  for (const v of [...(incoming.variables ?? [])].sort((a, b) => a.order - b.order)) {
    const match = byId.get(v.id) ?? byName.get(v.name.trim());
    if (match) {
      if (match.type !== v.type) {
        ctx.problems.push({
          what: `variable "${v.name}"`,
          reason: `it is ${v.type} in the file and ${match.type} in the project; its values were not merged`,
        });
        refused.add(v.id);
        continue;
      }
      varMap.set(v.id, match.id);
      if (match.id === v.id) report.variables.matchedById++;
      else report.variables.matchedByName++;
      continue;
    }
    const added: CustomVariable = { ...v, projectId: ctx.projectId, order: ++order };
    changes.variables.push(added);
    byId.set(added.id, added);
    byName.set(added.name.trim(), added);
    varMap.set(v.id, added.id);
    report.variables.added.push(v.name);
  }

  const added = new Map(ctx.addedDocuments.map((d) => [d.id, d]));
  const baseDocs = new Map(base.documents.map((d) => [d.id, d]));
  const pending = new Map<string, { before: DocumentRecord; after: DocumentRecord }>();
  for (const d of incoming.documents) {
    const target = ctx.docMap.get(d.id);
    if (!target || !d.customValues) continue;
    const fresh = added.get(target);
    if (fresh) {
      // A document the merge adds: its values, keyed by the project's variables.
      const values: Record<string, CustomValue> = {};
      for (const [k, v] of Object.entries(d.customValues)) {
        const to = varMap.get(k);
        if (to) values[to] = v;
        else if (!refused.has(k)) unknownValue(ctx, d.id, k);
      }
      if (Object.keys(values).length) fresh.customValues = values;
      else delete fresh.customValues;
      report.values.added += Object.keys(values).length;
      continue;
    }
    const doc = baseDocs.get(target);
    if (!doc) continue;
    const current = pending.get(target)?.after ?? doc;
    let values: Record<string, CustomValue> | null = null;
    for (const [k, v] of Object.entries(d.customValues)) {
      const to = varMap.get(k);
      if (!to) {
        if (!refused.has(k)) unknownValue(ctx, d.id, k);
        continue;
      }
      const has = (values ?? current.customValues)?.[to];
      if (has === undefined) {
        values ??= { ...current.customValues };
        values[to] = v;
        report.values.added++;
      } else if (has === v) report.values.alreadyPresent++;
      else
        ctx.problems.push({
          what: `variable "${varName.get(k) ?? k}" of "${ctx.docName(d.id)}"`,
          reason: `the project has ${shown(has)}, the file ${shown(v)}; the project’s value was kept`,
        });
    }
    if (values) pending.set(target, { before: doc, after: { ...current, customValues: values } });
  }
  changes.updatedDocuments.push(...pending.values());
}

function unknownValue(ctx: ExtrasContext, docId: string, variableId: string): void {
  ctx.problems.push({
    what: `a value of "${ctx.docName(docId)}"`,
    reason: `its variable (${variableId}) is not in the file; it was not merged`,
  });
}

/** One memo per target in the app: a coder's memo on a target whose memo differs is a conflict. */
function mergeMemos(
  base: ProjectSnapshot,
  incoming: ProjectSnapshot,
  ctx: ExtrasContext,
  changes: ExtraChanges,
  report: ExtraReport,
): void {
  const target = (m: Pick<Memo, 'targetType' | 'targetId'>): string => `${m.targetType}\u0000${m.targetId ?? ''}`;
  const byTarget = new Map(base.memos.map((m) => [target(m), m]));
  for (const m of incoming.memos) {
    let targetId = m.targetId;
    if (m.targetType === 'document' && targetId !== null) targetId = ctx.docMap.get(targetId) ?? null;
    if (m.targetType === 'code' && targetId !== null) targetId = ctx.codeMap.get(targetId) ?? null;
    const what = `memo by "${m.author}" (“${short(m.text)}”)`;
    if (m.targetType !== 'project' && targetId === null) {
      ctx.problems.push({ what, reason: `its ${m.targetType} could not be matched; it was not merged` });
      continue;
    }
    const row: Memo = { ...m, projectId: ctx.projectId, targetId };
    const existing = byTarget.get(target(row));
    if (existing) {
      if (existing.text.trim() === m.text.trim()) report.memos.alreadyPresent++;
      else
        ctx.problems.push({
          what,
          reason: `the project’s memo on this ${m.targetType} says otherwise (“${short(existing.text)}”); the project’s was kept`,
        });
      continue;
    }
    byTarget.set(target(row), row);
    changes.memos.push(row);
    report.memos.added++;
  }
}

/** Rejected suggestions: kept rejected; one on a document that could not be matched is listed. */
function mergeDecisions(base: ProjectSnapshot, incoming: ProjectSnapshot, ctx: ExtrasContext, changes: ExtraChanges) {
  const key = (d: SuggestionDecision): string => `${d.docId}\u0000${d.category}\u0000${d.start}\u0000${d.end}`;
  const ids = new Set(base.decisions.map((d) => d.id));
  const keys = new Set(base.decisions.map(key));
  for (const d of incoming.decisions) {
    const docId = ctx.docMap.get(d.docId);
    if (!docId) {
      ctx.problems.push({
        what: `rejected suggestion in "${ctx.docName(d.docId)}" [${d.start}, ${d.end})`,
        reason: 'its document could not be matched',
      });
      continue;
    }
    const row: SuggestionDecision = { ...d, projectId: ctx.projectId, docId };
    if (ids.has(d.id) || keys.has(key(row))) continue;
    ids.add(d.id);
    keys.add(key(row));
    changes.decisions.push(row);
  }
}

/** Plan → measure decisions: one per plan item; a different decision on the same item is a conflict. */
function mergePlanLinks(
  base: ProjectSnapshot,
  incoming: ProjectSnapshot,
  ctx: ExtrasContext,
  changes: ExtraChanges,
  report: ExtraReport,
): void {
  const byId = new Map((base.planLinks ?? []).map((l) => [l.id, l]));
  for (const l of incoming.planLinks ?? []) {
    const planDocId = ctx.docMap.get(l.planDocId);
    const measureDocId = ctx.docMap.get(l.measureDocId);
    const what = `plan decision (${l.decision}) on "${ctx.docName(l.planDocId)}" [${l.planStart}, ${l.planEnd})`;
    if (!planDocId || !measureDocId) {
      ctx.problems.push({ what, reason: 'its plan or measure report could not be matched' });
      continue;
    }
    const row: PlanLink = {
      ...l,
      id: planLinkId(planDocId, l.planStart, l.planEnd),
      projectId: ctx.projectId,
      planDocId,
      measureDocId,
    };
    const existing = byId.get(row.id);
    if (existing) {
      const same =
        existing.decision === row.decision &&
        existing.measureDocId === row.measureDocId &&
        existing.measureStart === row.measureStart &&
        existing.measureEnd === row.measureEnd;
      if (same) report.planLinks.alreadyPresent++;
      else
        ctx.problems.push({
          what,
          reason: `the project decided this plan item otherwise (${existing.decision} by "${existing.coder}"); the project’s was kept`,
        });
      continue;
    }
    byId.set(row.id, row);
    changes.planLinks.push(row);
    report.planLinks.added++;
  }
}
