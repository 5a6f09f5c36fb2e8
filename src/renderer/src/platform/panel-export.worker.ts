/**
 * The panel export worker: reads the project's documents, codes and codings, then
 * the texts of the reports that stand for a government-year a chunk at a time
 * (only their sections and item counts are kept), builds the table and the file,
 * and hands the bytes back (transferred, not copied).
 */
import { buildPanelTable, panelDocuments, panelStructure, type PanelStructure } from '../../../shared/panel/panel';
import { panelFile } from '../../../shared/panel/panel-file';
import { listCodes } from '../storage/codes';
import { forEachContentChunk, projectAnnotations } from '../storage/corpus-reader';
import { openDb } from '../storage/db';
import { listDocuments } from '../storage/documents';
import type { PanelExportRequest, PanelExportResponse } from './panel-export-client';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PanelExportRequest>) => void) | null;
  postMessage(message: PanelExportResponse, transfer?: Transferable[]): void;
};

/** Texts read per IndexedDB request (25 reports of 20,000 characters: a few MB at a time). */
const CHUNK = 25;

async function exportPanel(req: PanelExportRequest): Promise<void> {
  const db = await openDb(req.dbName);
  try {
    const [documents, codes, annotations] = await Promise.all([
      listDocuments(db, req.projectId),
      listCodes(db, req.projectId),
      projectAnnotations(db, req.projectId),
    ]);
    const input = { documents, codes, annotations };
    const docs = panelDocuments(input);
    const length = new Map(docs.map((d) => [d.id, d.length]));
    const structures = new Map<string, PanelStructure>();
    const total = docs.length;
    scope.postMessage({ type: 'progress', progress: { done: 0, total } });
    await forEachContentChunk(
      db,
      docs.map((d) => d.id),
      CHUNK,
      (contents) => {
        for (const c of contents) structures.set(c.docId, panelStructure(c, length.get(c.docId) ?? 0));
        scope.postMessage({ type: 'progress', progress: { done: Math.min(total, structures.size), total } });
        return true;
      },
    );
    const wide = buildPanelTable(input, structures);
    const data = panelFile(wide, req.form, req.format, req.sheet);
    scope.postMessage({ type: 'done', data, rows: wide.rows.length }, [data.buffer]);
  } finally {
    db.close();
  }
}

scope.onmessage = (e) => {
  exportPanel(e.data).catch((err: unknown) =>
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
