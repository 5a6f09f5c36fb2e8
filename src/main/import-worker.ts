/**
 * The import worker (a worker_threads thread of the main process): parses files
 * with the pure core so a 300-page PDF never freezes menus and dialogs.
 * Built next to index.js as import-worker.js; the other side is host/import-queue.ts,
 * and the messages are shared/import/worker-protocol.ts (the same in every edition).
 */
import { parentPort } from 'node:worker_threads';
import { importFile } from '../shared/import/index';
import { readFile } from 'node:fs/promises';
import { setPdfiumWasm } from '../shared/import/formats/pdfium';
import { answerParseRequest, type ParseRequest } from '../shared/import/worker-protocol';
import { pdfiumWasmPath } from './pdf-resources';

const port = parentPort;
if (!port) throw new Error('import-worker.js must run as a worker thread.');

// The PDF engine's .wasm from the installed package (unpacked beside app.asar when packaged), read once.
const wasm = pdfiumWasmPath(import.meta.url);
setPdfiumWasm(() => readFile(wasm));

// Requests arrive one at a time (the pool waits for each answer).
port.on('message', (request: ParseRequest) => {
  void answerParseRequest(request, importFile).then((answer) => port.postMessage(answer));
});
