/**
 * Reads a project file in a Web Worker (both editions: the reader is pure core).
 * Where workers are missing (unit tests in Node) it reads in place.
 */
import { readProjectFile as readInPlace, type ProjectFile } from '../../../shared/exchange/project-file';
import { fail, type Result } from '../../../shared/result';
import type { ProjectFileRequest } from './project-file.worker';

export function readProjectFileOffThread(bytes: Uint8Array, fileName: string): Promise<Result<ProjectFile>> {
  if (typeof Worker === 'undefined') return readInPlace(bytes, fileName);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./project-file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Result<ProjectFile>>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve(fail('failed', `${fileName} could not be read: ${e.message || 'the reader stopped'}.`));
    };
    const request: ProjectFileRequest = { bytes, fileName };
    worker.postMessage(request);
  });
}
