/**
 * The web edition's import worker: runs the pure import core off the UI thread,
 * exactly as the desktop app's main-process worker does, with the same messages
 * (shared/import/worker-protocol.ts).
 */
// Loading pdf.js's worker module into this worker makes pdf.js parse in-thread
// (it finds `globalThis.pdfjsWorker`) instead of spawning a nested worker.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { importFile } from '../../../shared/import';
import { answerParseRequest, type ParseRequest, type ParseResponse } from '../../../shared/import/worker-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = (e) => {
  void answerParseRequest(e.data, importFile).then((answer) => scope.postMessage(answer));
};
