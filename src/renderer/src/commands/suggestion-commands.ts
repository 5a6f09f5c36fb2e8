/** Accepting and rejecting section-based suggestions, a whole list as one undo step. */
import type { Annotation, SuggestionDecision } from '../../../shared/model/project';
import type { Suggestion } from '../../../shared/annotations/suggestions';
import { OffsetMap } from '../../../shared/text/codepoints';
import { checkRange, isDuplicate, newAnnotation } from '../../../shared/project/annotation';
import { annotationsWithCode } from '../storage/annotations';
import { getCode } from '../storage/codes';
import { planned } from './planned';
import { mustGetContent, mustGetDocument } from './lookups';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

type SuggestionRef = Pick<Suggestion, 'docId' | 'start' | 'end' | 'category' | 'codeId'>;

/** Turns suggestions into annotations with origin 'suggestion' (skipping any already present). */
export function acceptSuggestions(
  list: readonly SuggestionRef[],
  coder: string,
  ctx: CommandContext = defaultContext,
): Command {
  return planned({
    name: 'acceptSuggestions',
    label: { zh: '接受建议编码', en: 'Accept suggestions' },
    tables: ['documents', 'contents', 'codes', 'annotations'],
    async plan(db) {
      if (list.length === 0) throw new CommandError('empty', 'No suggestions to accept.');
      const maps = new Map<string, { map: OffsetMap; projectId: string }>();
      const put: Annotation[] = [];
      const now = ctx.now();
      for (const s of list) {
        let doc = maps.get(s.docId);
        if (!doc) {
          const record = await mustGetDocument(db, s.docId);
          doc = { map: new OffsetMap((await mustGetContent(db, s.docId)).text), projectId: record.projectId };
          maps.set(s.docId, doc);
        }
        const ref = { docId: s.docId, codeId: s.codeId, start: s.start, end: s.end };
        if (checkRange(ref, doc.map.cpCount))
          throw new CommandError('range', `Suggestion [${s.start}, ${s.end}) is outside the text.`);
        if (!(await getCode(db, s.codeId))) throw new CommandError('not-found', `Code ${s.codeId} no longer exists.`);
        const sameCode = await annotationsWithCode(db, s.docId, s.codeId);
        // One already coded (or listed twice) is skipped, not refused: the rest of the section still goes in.
        if (isDuplicate(ref, [...sameCode, ...put])) continue;
        const made = newAnnotation(
          { ...ref, id: ctx.newId(), projectId: doc.projectId, coder, origin: 'suggestion', now },
          doc.map,
          [],
        );
        if (made.ok) put.push(made.value);
      }
      return { annotations: { put } };
    },
  });
}

/** Records suggestions as rejected so they are no longer offered. */
export function rejectSuggestions(list: readonly SuggestionRef[], ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'rejectSuggestions',
    label: { zh: '拒绝建议编码', en: 'Reject suggestions' },
    tables: ['documents', 'decisions'],
    async plan(db) {
      if (list.length === 0) throw new CommandError('empty', 'No suggestions to reject.');
      const now = ctx.now();
      const put: SuggestionDecision[] = [];
      for (const s of list) {
        const doc = await mustGetDocument(db, s.docId);
        put.push({
          id: ctx.newId(),
          projectId: doc.projectId,
          docId: s.docId,
          start: s.start,
          end: s.end,
          category: s.category,
          decision: 'rejected',
          decidedAt: now,
        });
      }
      return { decisions: { put } };
    },
  });
}
