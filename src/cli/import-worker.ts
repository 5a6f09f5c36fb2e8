/**
 * The CLI's import worker (a worker_threads thread): parses files with the pure
 * core, with the same messages as the app's workers (shared/import/worker-protocol.ts).
 */
import { parentPort } from 'node:worker_threads';
import { importFile } from '../shared/import/index';
import { answerParseRequest, type ParseRequest } from '../shared/import/worker-protocol';
import { usePdfiumFromPackage } from './pdfium-wasm';

const port = parentPort;
if (!port) throw new Error('import-worker.ts must run as a worker thread.');

usePdfiumFromPackage();

port.on('message', (request: ParseRequest) => {
  void answerParseRequest(request, importFile).then((answer) => port.postMessage(answer));
});
