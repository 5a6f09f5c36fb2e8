/**
 * Re-reading a text document in another encoding (the user picked it after an
 * `encoding-damaged` warning): its text, structure and the metadata read from the
 * text are replaced by the new reading, in one undoable step. Refused once the
 * document has coded segments: their offsets point into the old text (the app
 * then imports the new reading as a document of its own).
 */
import type { ParsedDocument } from '../../../shared/model/document';
import { toStoredDocument } from '../../../shared/model/project';
import { listAnnotations } from '../storage/annotations';
import { withBands } from '../storage/documents';
import { mustGetContent, mustGetDocument } from './lookups';
import { planned } from './planned';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

export function replaceDocumentText(
  docId: string,
  parsed: ParsedDocument,
  ctx: CommandContext = defaultContext,
): Command {
  return planned({
    name: 'replaceDocumentText',
    label: { zh: '按所选编码重新读取', en: 'Re-read in the chosen encoding' },
    tables: ['documents', 'contents', 'annotations'],
    async plan(db) {
      const doc = await mustGetDocument(db, docId);
      await mustGetContent(db, docId);
      const annotations = await listAnnotations(db, docId);
      if (annotations.length > 0)
        throw new CommandError(
          'invalid',
          `${doc.fileName} has ${annotations.length} coded segments; its text is kept.`,
        );
      const { record, content } = toStoredDocument(parsed, { id: doc.id, projectId: doc.projectId, now: ctx.now() });
      // Who added it and when, its place among copies and the user's own variables stay.
      const next = withBands({
        ...record,
        addedAt: doc.addedAt,
        ...(doc.copyOf !== undefined ? { copyOf: doc.copyOf } : {}),
        ...(doc.customValues ? { customValues: doc.customValues } : {}),
      });
      return { documents: { put: [next] }, contents: { put: [content] } };
    },
  });
}
