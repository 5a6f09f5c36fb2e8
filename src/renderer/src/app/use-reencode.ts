/**
 * Re-reading a text file in the encoding the user picked (after an
 * `encoding-damaged` warning, or a refusal as not text), from the import summary
 * or the metadata panel. An imported document without coded segments gets the new
 * text in its place (one undoable command); one with codings is kept and the new
 * reading is imported as a document of its own; a refused file is imported.
 */
import { useCallback } from 'react';
import type { HostApi } from '../../../shared/ipc/contract';
import type { ParsedDocument } from '../../../shared/model/document';
import { replaceDocumentText } from '../commands';
import { useT } from '../i18n/i18n';
import type { FazhiDb } from '../storage/db';
import { getSourceFile, storeImported } from '../storage/documents';
import type { ReencodeTarget } from '../features/import/import-summary-dialog';
import { ENCODINGS, encodingMessages, type EncodingLabel } from '../ui/encoding-messages';
import type { CommandRunner } from './use-commands';

export function useReencode(
  host: HostApi,
  db: FazhiDb,
  projectId: string | null,
  run: CommandRunner,
  codedCounts: Record<string, number>,
  onMessage: (message: string) => void,
): (target: ReencodeTarget, encoding: EncodingLabel) => Promise<void> {
  const t = useT(encodingMessages);
  return useCallback(
    async (target, encoding) => {
      if (!projectId) return;
      const shown = ENCODINGS.find((e) => e.label === encoding)?.name ?? encoding;
      const params = { encoding: shown, name: target.name };
      let token: string;
      let registered = false;
      if ('docId' in target) {
        const file = await getSourceFile(db, target.docId);
        if (!file) return onMessage(t('gone'));
        const r = await host.registerFiles([{ name: file.name, relPath: '', data: file.bytes }]);
        if (!r.ok || !r.value[0]) return onMessage(r.ok ? t('gone') : r.error.message);
        token = r.value[0].token;
        registered = true;
      } else token = target.token;
      const answer = await host.parseFile(token, { encoding });
      if (registered) void host.releaseFiles([token]).catch(() => undefined);
      if (!answer.ok) return onMessage(t('failed', { ...params, reason: answer.error.message }));
      if (!answer.value.result.ok)
        return onMessage(t('failed', { ...params, reason: answer.value.result.error.message }));
      const parsed: ParsedDocument = answer.value.result.document;
      const still = parsed.warnings.some((w) => w.code === 'encoding-damaged');
      const done = (text: string) => onMessage(still ? `${text} ${t('stillDamaged', params)}` : text);
      if ('docId' in target && !(codedCounts[target.docId]! > 0)) {
        const result = await run(replaceDocumentText(target.docId, parsed));
        if (result.ok) done(t('replaced', params));
        return;
      }
      await storeImported(db, projectId, parsed, answer.value.bytes);
      done('docId' in target ? t('importedNew', params) : t('importedRefused', params));
    },
    [host, db, projectId, run, codedCounts, onMessage, t],
  );
}
