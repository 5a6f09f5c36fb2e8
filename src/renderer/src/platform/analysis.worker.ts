/** The analysis worker: copied passages and plan pairing, off the UI thread (same core as the CLI). */
import { answerAnalysis, type AnalysisRequest, type AnalysisResponse } from '../../../shared/reuse/worker-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

scope.onmessage = (e) => answerAnalysis(e.data, (r) => scope.postMessage(r));
