/**
 * Messages of the analysis worker (copied passages and plan pairing off the UI
 * thread). The answer carries plain tables, so it crosses postMessage as is.
 */
import type { DocumentContent, DocumentRecord } from '../model/project';
import { projectPlanMatches, type ReportPairMatches } from '../plans/links';
import type { ReuseProgress } from './detect';
import { findProjectReuse, reuseTables, type ReuseTables } from './report';

export type AnalysisRequest =
  | {
      kind: 'reuse';
      documents: DocumentRecord[];
      contents: DocumentContent[];
      minChars: number;
      maxReports: number | null;
    }
  | { kind: 'plans'; documents: DocumentRecord[]; contents: DocumentContent[] };

export interface ReuseAnswer {
  tables: ReuseTables;
  minChars: number;
  maxReports: number;
  reports: number;
}

export type AnalysisResponse =
  | { type: 'progress'; progress: ReuseProgress }
  | { type: 'reuse'; answer: ReuseAnswer }
  | { type: 'plans'; pairs: ReportPairMatches[] }
  | { type: 'error'; message: string };

/** Runs a request; `post` receives progress and then the answer (or the error). */
export function answerAnalysis(request: AnalysisRequest, post: (r: AnalysisResponse) => void): void {
  try {
    const contents = new Map(request.contents.map((c) => [c.docId, c]));
    if (request.kind === 'plans') {
      const pairs = projectPlanMatches(request.documents, contents, 5, (done, total) =>
        post({ type: 'progress', progress: { phase: 'plans', done, total } }),
      );
      post({ type: 'plans', pairs });
      return;
    }
    const result = findProjectReuse(request.documents, contents, {
      minChars: request.minChars,
      maxReports: request.maxReports ?? undefined,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({
      type: 'reuse',
      answer: {
        tables: reuseTables(result, request.documents, contents),
        minChars: result.minChars,
        maxReports: result.maxReports,
        reports: result.foldedLength.size,
      },
    });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
