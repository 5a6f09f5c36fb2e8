/**
 * The web edition's import worker: runs the pure import core off the UI thread,
 * exactly as the desktop app's main-process worker does.
 */
// Loading pdf.js's worker module into this worker makes pdf.js parse in-thread
// (it finds `globalThis.pdfjsWorker`) instead of spawning a nested worker.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { importFile } from '../../../shared/import';
import type { ImportOptions, ImportResult } from '../../../shared/model/document';

export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: ImportOptions;
}

export interface ParseResponse {
  id: number;
  result: ImportResult;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = (e) => {
  const { id, name, bytes, options } = e.data;
  void importFile(bytes, name, options).then(
    (result) => scope.postMessage({ id, result }),
    (err: unknown) =>
      scope.postMessage({
        id,
        result: {
          ok: false,
          fileName: name,
          error: { code: 'internal', message: `${name}: the import failed unexpectedly (${String(err)}).` },
        },
      }),
  );
};
