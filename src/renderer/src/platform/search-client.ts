/**
 * The page's side of the search worker: one worker, requests by id, results
 * streamed back. A new search cancels the one still running.
 */
import type { Span } from '../../../shared/model/document';
import type { AutocodeOptions, KwicRow, SearchQuery } from '../../../shared/search';
import type { PlannedRow, SearchRequest, SearchResponse, SegmentRowLite } from './search-protocol';

export interface SearchProgress {
  rows: KwicRow[];
  perDoc: [string, number][];
  done: number;
  of: number;
}

type Pending = {
  onChunk?: (p: SearchProgress) => void;
  resolve: (r: SearchResponse) => void;
  reject: (e: Error) => void;
};

export class SearchClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private running: number | null = null;

  constructor(readonly dbName: string) {}

  private get w(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      const msg = e.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'chunk') {
        p.onChunk?.(msg);
        return;
      }
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(msg.message));
      else p.resolve(msg);
    };
    worker.onerror = () => {
      for (const p of this.pending.values()) p.reject(new Error('The search worker stopped unexpectedly.'));
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  private request(req: SearchRequest, onChunk?: (p: SearchProgress) => void): Promise<SearchResponse> {
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { onChunk, resolve, reject });
      this.w.postMessage(req);
    });
  }

  /** Runs a search; earlier chunks arrive through `onChunk`. Resolves with the total, or null when superseded. */
  async search(
    docIds: string[],
    query: SearchQuery,
    onChunk: (p: SearchProgress) => void,
    width = 30,
  ): Promise<{ total: number; ms: number } | null> {
    this.cancel();
    const id = this.nextId++;
    this.running = id;
    const r = await this.request({ type: 'search', id, dbName: this.dbName, docIds, query, width }, (p) => {
      if (this.running === id) onChunk(p);
    });
    if (this.running !== id || r.type !== 'done') return null;
    this.running = null;
    return { total: r.total, ms: r.ms };
  }

  /** Starts the worker and builds its folding tables ahead of the first query. */
  warm(): void {
    this.w.postMessage({ type: 'warm', id: 0, dbName: this.dbName } satisfies SearchRequest);
  }

  /** Stops the running search (its promise resolves with null). */
  cancel(): void {
    const id = this.running;
    if (id === null) return;
    this.running = null;
    this.w.postMessage({ type: 'cancel', id } satisfies SearchRequest);
    const p = this.pending.get(id);
    this.pending.delete(id);
    p?.resolve({ type: 'done', id, total: 0, ms: 0 });
  }

  async plan(
    codeId: string,
    hits: { docId: string; spans: Span[] }[],
    options: AutocodeOptions,
  ): Promise<{ rows: PlannedRow[]; existing: number }> {
    const r = await this.request({ type: 'plan', id: this.nextId++, dbName: this.dbName, codeId, hits, options });
    if (r.type !== 'planned') throw new Error('Unexpected answer from the search worker.');
    return { rows: r.rows, existing: r.existing };
  }

  async segments(projectId: string, docIds: string[] | null): Promise<SegmentRowLite[]> {
    const r = await this.request({ type: 'segments', id: this.nextId++, dbName: this.dbName, projectId, docIds });
    if (r.type !== 'segments') throw new Error('Unexpected answer from the search worker.');
    return r.rows;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}
