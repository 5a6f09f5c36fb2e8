/**
 * The page's side of the search worker: one worker per database, shared by
 * every client (the search view and the library's text search), so the texts it
 * caches are held once. Requests go by id and results stream back; a client's
 * new search cancels its own one still running, never another client's.
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

/** A document to search: its id and what changes when its text may have (see searchDocs). */
export interface SearchDoc {
  id: string;
  stamp: string;
}

/** The stamp the worker's text cache is keyed by: the text's hash and length (contents are never rewritten in place). */
export function searchDocs(docs: readonly { id: string; sha256Text: string; length: number }[]): SearchDoc[] {
  return docs.map((d) => ({ id: d.id, stamp: `${d.sha256Text}:${d.length}` }));
}

type Pending = {
  onChunk?: (p: SearchProgress) => void;
  resolve: (r: SearchResponse) => void;
  reject: (e: Error) => void;
};

/** One worker and its open requests. */
class Channel {
  private worker: Worker | null = null;
  readonly pending = new Map<number, Pending>();
  clients = 0;

  get w(): Worker {
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

  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}

const channels = new Map<string, Channel>();
let nextId = 1;

export class SearchClient {
  private readonly channel: Channel;
  private running: number | null = null;
  private disposed = false;

  constructor(readonly dbName: string) {
    let c = channels.get(dbName);
    if (!c) channels.set(dbName, (c = new Channel()));
    c.clients++;
    this.channel = c;
  }

  private request(req: SearchRequest, onChunk?: (p: SearchProgress) => void): Promise<SearchResponse> {
    return new Promise((resolve, reject) => {
      this.channel.pending.set(req.id, { onChunk, resolve, reject });
      this.channel.w.postMessage(req);
    });
  }

  /** Runs a search; earlier chunks arrive through `onChunk`. Resolves with the total, or null when superseded. */
  async search(
    docs: readonly SearchDoc[],
    query: SearchQuery,
    onChunk: (p: SearchProgress) => void,
    width = 30,
  ): Promise<{ total: number; ms: number } | null> {
    this.cancel();
    const id = nextId++;
    this.running = id;
    const docIds = docs.map((d) => d.id);
    const stamps = docs.map((d) => d.stamp);
    const r = await this.request({ type: 'search', id, dbName: this.dbName, docIds, stamps, query, width }, (p) => {
      if (this.running === id) onChunk(p);
    });
    if (this.running !== id || r.type !== 'done') return null;
    this.running = null;
    return { total: r.total, ms: r.ms };
  }

  /** Starts the worker and opens its database ahead of the first query. */
  warm(): void {
    this.channel.w.postMessage({ type: 'warm', id: 0, dbName: this.dbName } satisfies SearchRequest);
  }

  /** Stops the running search (its promise resolves with null). */
  cancel(): void {
    const id = this.running;
    if (id === null) return;
    this.running = null;
    this.channel.w.postMessage({ type: 'cancel', id } satisfies SearchRequest);
    const p = this.channel.pending.get(id);
    this.channel.pending.delete(id);
    p?.resolve({ type: 'done', id, total: 0, ms: 0 });
  }

  async plan(
    codeId: string,
    hits: { docId: string; spans: Span[] }[],
    options: AutocodeOptions,
  ): Promise<{ rows: PlannedRow[]; existing: number }> {
    const r = await this.request({ type: 'plan', id: nextId++, dbName: this.dbName, codeId, hits, options });
    if (r.type !== 'planned') throw new Error('Unexpected answer from the search worker.');
    return { rows: r.rows, existing: r.existing };
  }

  async segments(projectId: string, docIds: string[] | null): Promise<SegmentRowLite[]> {
    const r = await this.request({ type: 'segments', id: nextId++, dbName: this.dbName, projectId, docIds });
    if (r.type !== 'segments') throw new Error('Unexpected answer from the search worker.');
    return r.rows;
  }

  /** Lets go of the worker; the last client of a database stops it. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.cancel();
    if (--this.channel.clients === 0) {
      this.channel.terminate();
      channels.delete(this.dbName);
    }
  }
}
