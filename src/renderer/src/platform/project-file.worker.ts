/**
 * Reads a project file (.fazhi, .qdpx, .qdc) off the UI thread: unzipping and the
 * report analysis of another tool's sources can take seconds on a large project.
 * The same core reader as the CLI; the answer is a Result, never a throw.
 */
import { readProjectFile, type ProjectFile } from '../../../shared/exchange/project-file';
import type { Result } from '../../../shared/result';

export interface ProjectFileRequest {
  bytes: Uint8Array;
  fileName: string;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ProjectFileRequest>) => void) | null;
  postMessage(message: Result<ProjectFile>): void;
};

scope.onmessage = (e) => {
  void readProjectFile(e.data.bytes, e.data.fileName).then((r) => scope.postMessage(r));
};
