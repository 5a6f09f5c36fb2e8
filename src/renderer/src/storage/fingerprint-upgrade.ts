/**
 * Schema v9's upgrade: documents stored before v3 have no near-duplicate
 * fingerprint, so an import of the same report in another file never matched
 * them. Each is given the fingerprint its stored text has (the simplified text
 * of a traditional document, as at import); v16's upgrade, which runs after it,
 * gives every fingerprinted row its index keys (`bands`).
 */
import type { Transaction } from 'dexie';
import { reportFingerprint } from '../../../shared/import/same-report';
import type { DocumentContent, DocumentRecord } from '../../../shared/model/project';

/** Documents done per step: bounded memory however large the library (contents hold whole texts). */
const CHUNK = 200;

export async function fingerprintOlderDocuments(tx: Transaction): Promise<number> {
  const documents = tx.table<DocumentRecord, string>('documents');
  const contents = tx.table<DocumentContent, string>('contents');
  const missing: string[] = [];
  await documents.each((d) => {
    if (!d.fingerprint?.length) missing.push(d.id);
  });
  let done = 0;
  for (let i = 0; i < missing.length; i += CHUNK) {
    const ids = missing.slice(i, i + CHUNK);
    const [rows, texts] = [await documents.bulkGet(ids), await contents.bulkGet(ids)];
    const updated: DocumentRecord[] = [];
    rows.forEach((row, j) => {
      const content = texts[j];
      if (!row || !content) return;
      const fingerprint = reportFingerprint(content.simplified ?? content.text);
      updated.push({ ...row, fingerprint });
    });
    await documents.bulkPut(updated);
    done += updated.length;
  }
  return done;
}
