/**
 * Deciding plan → measure pairs: confirm or reject the pairing of a plan item
 * with a passage of next year's measures (confirming another passage re-points
 * it), or take the decision back. One decision per plan item, one undo step each.
 */
import { planLinkId, type PlanLink } from '../../../shared/plans/links';
import { cpLength } from '../../../shared/text/codepoints';
import { mustGetContent, mustGetDocument } from './lookups';
import { planned } from './planned';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

/** What the researcher decides: a stored decision's fields but those the command fills in. */
export type DecidePlanArgs = Omit<PlanLink, 'id' | 'projectId' | 'decidedAt'>;

export function decidePlan(args: DecidePlanArgs, ctx: CommandContext = defaultContext): Command {
  const confirm = args.decision === 'confirmed';
  return planned({
    name: 'decidePlan',
    label: confirm ? { zh: '确认计划落实', en: 'Confirm plan pair' } : { zh: '否定计划配对', en: 'Reject plan pair' },
    tables: ['documents', 'contents', 'planLinks'],
    async plan(db) {
      const planDoc = await mustGetDocument(db, args.planDocId);
      await mustGetDocument(db, args.measureDocId);
      for (const [docId, start, end] of [
        [args.planDocId, args.planStart, args.planEnd],
        [args.measureDocId, args.measureStart, args.measureEnd],
      ] as const) {
        const length = cpLength((await mustGetContent(db, docId)).text);
        if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length)) {
          throw new CommandError('range', `Passage [${start}, ${end}) is outside the text of document ${docId}.`);
        }
      }
      const link: PlanLink = {
        id: planLinkId(args.planDocId, args.planStart, args.planEnd),
        projectId: planDoc.projectId,
        planDocId: args.planDocId,
        planStart: args.planStart,
        planEnd: args.planEnd,
        measureDocId: args.measureDocId,
        measureStart: args.measureStart,
        measureEnd: args.measureEnd,
        similarity: args.similarity,
        decision: args.decision,
        coder: args.coder,
        decidedAt: ctx.now(),
      };
      return { planLinks: { put: [link] } };
    },
  });
}

/** Takes back the decision on a plan item (it is undecided again). */
export function clearPlanDecision(id: string): Command {
  return planned({
    name: 'clearPlanDecision',
    label: { zh: '撤销计划判断', en: 'Clear plan decision' },
    tables: ['planLinks'],
    async plan(db) {
      if (!(await db.planLinks.get(id))) throw new CommandError('not-found', `No decision ${id}.`);
      return { planLinks: { remove: [id] } };
    },
  });
}
