/**
 * The web edition's import worker: runs the pure import core off the UI thread,
 * exactly as the desktop app's main-process worker does, with the same messages
 * (shared/import/worker-protocol.ts).
 */
import { importFile } from '../../../shared/import';
import { setPdfiumWasm } from '../../../shared/import/formats/pdfium';
import { answerParseRequest, type ParseRequest, type ParseResponse } from '../../../shared/import/worker-protocol';
// Vite copies the PDF engine's WebAssembly into the build and gives its URL.
import pdfiumWasmUrl from '@embedpdf/pdfium/pdfium.wasm?url';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

setPdfiumWasm(async () => {
  const res = await fetch(pdfiumWasmUrl);
  if (!res.ok) throw new Error(`the PDF engine could not be loaded (${res.status} ${pdfiumWasmUrl})`);
  return res.arrayBuffer();
});

scope.onmessage = (e) => {
  void answerParseRequest(e.data, importFile).then((answer) => scope.postMessage(answer));
};
