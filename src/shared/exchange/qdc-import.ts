/** REFI-QDA codebook import (.qdc): codes with hierarchy, colours and descriptions. */
import { importCodes } from './codes-import';
import { GuidMap } from './guid-map';
import type { ImportOptions, QdcImportResult, Skipped } from './import-types';
import { child, children, parseXmlRoot } from './xml-read';

export function importQdc(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): QdcImportResult {
  const fail = (code: 'corrupt' | 'not-refi' | 'empty', reason: string): QdcImportResult => ({
    ok: false,
    error: { code, message: `Could not import the codebook "${fileName}": ${reason}.` },
  });
  if (bytes.length === 0) return fail('empty', 'the file is empty');
  const xml = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = parseXmlRoot(xml, 'CodeBook');
  if (!parsed.ok) return fail('not-refi', parsed.reason);
  const skipped: Skipped[] = [];
  const { codes } = importCodes(child(parsed.root, 'Codes'), {
    projectId: options.projectId ?? '',
    now: options.now ?? new Date().toISOString(),
    ids: new GuidMap(),
    skipped,
  });
  const sets = children(child(parsed.root, 'Sets'), 'Set').length;
  if (sets > 0)
    skipped.push({
      what: `${sets} sets`,
      reason: 'sets are not part of a Fazhi codebook',
      key: 'codebook-sets',
      params: { count: sets },
    });
  if (codes.length === 0) return fail('empty', 'it contains no codes');
  return {
    ok: true,
    codes,
    report: { counts: { codes: codes.length, documents: 0, annotations: 0, memos: 0 }, skipped },
  };
}
