/**
 * The import worker (a worker_threads thread of the main process): parses files
 * with the pure core so a 300-page PDF never freezes menus and dialogs.
 * Built next to index.js as import-worker.js; see host/import-queue.ts for the other side.
 */
import { parentPort } from 'node:worker_threads';
import { importFile } from '../shared/import/index';
import type { ImportJob } from './import-job';
import { runImportJob } from './import-job';

const port = parentPort;
if (!port) throw new Error('import-worker.js must run as a worker thread.');

// Jobs arrive one at a time (the queue waits for each answer).
port.on('message', (job: ImportJob) => {
  void runImportJob(job, importFile).then((done) => port.postMessage(done));
});
