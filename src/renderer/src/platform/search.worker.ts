/**
 * The search worker: reads texts from IndexedDB itself, a chunk at a time, and
 * runs the pure search core on them, so a search over thousands of reports never
 * blocks the page. Texts and their folded copies stay in a cache between queries
 * (shared/search/text-cache.ts, keyed by the text's hash): the first query over a
 * project reads and folds each document once, later ones only scan strings.
 *
 * A search posts its first keyword-in-context lines as soon as it has about a
 * screenful (FIRST_ROWS), then rows and counts at most every POST_MS, then the total.
 */
import {
  compileQuery,
  planAutocode,
  searchCachedDocument,
  TextCache,
  type CachedText,
  type KwicRow,
} from '../../../shared/search';
import type { DocumentContent } from '../../../shared/model/project';
import type { FazhiDb } from '../storage/db';
import { openDb } from '../storage/db';
import { codeAnnotations, forEachContentChunk, projectAnnotations, readContents } from '../storage/corpus-reader';
import { OffsetMap } from '../../../shared/text/codepoints';
import type { PlannedRow, SearchRequest, SearchResponse, SegmentRowLite } from './search-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

/** Documents read per IndexedDB request; the first request is smaller, so the first lines come back at once. */
const CHUNK = 25;
const FIRST_CHUNK = 4;
/** Lines posted as soon as they are found (a screen shows about twenty); later ones are batched. */
const FIRST_ROWS = 100;
/** Later rows and counts are batched: one message per this many milliseconds. */
const POST_MS = 100;
/** A search over cached texts yields this often, so a newer query's cancel is read. */
const YIELD_MS = 40;
const dbs = new Map<string, Promise<FazhiDb>>();
const caches = new Map<string, TextCache>();
const cancelled = new Set<number>();

function database(name: string): Promise<FazhiDb> {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = openDb(name)));
  return db;
}

function cacheFor(name: string): TextCache {
  let c = caches.get(name);
  if (!c) caches.set(name, (c = new TextCache()));
  return c;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function search(req: Extract<SearchRequest, { type: 'search' }>): Promise<void> {
  const t0 = performance.now();
  const compiled = compileQuery(req.query);
  if (!compiled.ok) {
    scope.postMessage({ type: 'error', id: req.id, message: compiled.error.message });
    return;
  }
  const q = compiled.compiled;
  const db = await database(req.dbName);
  const cache = cacheFor(req.dbName);
  const { docIds, stamps } = req;
  const of = docIds.length;
  // Documents of other projects, or deleted ones, make room when the cache is full.
  if (cache.heldUnits > cache.maxUnits * 0.9) cache.keepOnly(new Set(docIds));
  let done = 0;
  let total = 0;
  let rows: KwicRow[] = [];
  let perDoc: [string, number][] = [];
  /** Until a screenful of lines (FIRST_ROWS) has gone out, every read is small and posted at once. */
  let sentRows = 0;
  let sent = false;
  let lastPost = 0;
  const post = (force: boolean) => {
    const now = performance.now();
    if (!force && sent && now - lastPost < POST_MS) return;
    scope.postMessage({ type: 'chunk', id: req.id, rows, perDoc, done, of });
    sentRows += rows.length;
    sent = sentRows >= FIRST_ROWS;
    rows = [];
    perDoc = [];
    lastPost = now;
  };
  const visit = (e: CachedText) => {
    const r = searchCachedDocument(cache, e, q, req.width);
    done++;
    if (r.hits.length === 0) return;
    perDoc.push([e.docId, r.hits.length]);
    total += r.hits.length;
    for (const row of r.rows) rows.push(row);
    if (!sent && sentRows + rows.length >= FIRST_ROWS) post(true);
  };
  let i = 0;
  let slice = performance.now();
  while (i < of) {
    if (cancelled.has(req.id)) break;
    const hit = cache.get(docIds[i]!, stamps[i] ?? '');
    if (hit) {
      visit(hit);
      i++;
      if (performance.now() - slice > YIELD_MS) {
        post(false);
        await pause();
        slice = performance.now();
      }
      continue;
    }
    // The next run of documents not in the cache, read in one request.
    const run: number[] = [];
    for (let j = i; j < of && run.length < (sent ? CHUNK : FIRST_CHUNK); j++) {
      if (cache.get(docIds[j]!, stamps[j] ?? '')) break;
      run.push(j);
    }
    const contents = await readContents(
      db,
      run.map((k) => docIds[k]!),
    );
    run.forEach((k, n) => {
      const c = contents[n];
      if (c) visit(cache.put(docIds[k]!, stamps[k] ?? '', c.text, c.paragraphs));
      else done++;
    });
    i = run[run.length - 1]! + 1;
    post(false);
    slice = performance.now();
  }
  if (cancelled.delete(req.id)) return;
  post(true);
  scope.postMessage({ type: 'done', id: req.id, total, ms: performance.now() - t0 });
}

async function plan(req: Extract<SearchRequest, { type: 'plan' }>): Promise<void> {
  const db = await database(req.dbName);
  const cache = cacheFor(req.dbName);
  const existing = await codeAnnotations(db, req.codeId);
  // The hits come from a search that has just read these texts: most are in the cache.
  const missing = req.hits.filter((h) => !cache.peek(h.docId)).map((h) => h.docId);
  const read = new Map<string, Pick<DocumentContent, 'docId' | 'text' | 'paragraphs'>>();
  await forEachContentChunk(db, missing, CHUNK, (contents) => {
    for (const c of contents) read.set(c.docId, c);
    return true;
  });
  const docs = req.hits.flatMap((h) => {
    const c = cache.peek(h.docId) ?? read.get(h.docId);
    return c ? [{ docId: h.docId, text: c.text, paragraphs: c.paragraphs, hits: h.spans }] : [];
  });
  const p = planAutocode(docs, req.options, existing);
  const rows: PlannedRow[] = [];
  let current = '';
  let map: CachedText['map'] | null = null;
  for (const s of p.segments) {
    if (s.docId !== current) {
      current = s.docId;
      const e = cache.peek(current);
      map = e ? e.map : new OffsetMap(read.get(current)?.text ?? '');
    }
    rows.push({ docId: s.docId, start: s.start, end: s.end, hits: s.hits, quote: map!.slice(s.start, s.end) });
  }
  scope.postMessage({ type: 'planned', id: req.id, rows, existing: p.existing });
}

async function segments(req: Extract<SearchRequest, { type: 'segments' }>): Promise<void> {
  const db = await database(req.dbName);
  const inScope = req.docIds ? new Set(req.docIds) : null;
  const all = (await projectAnnotations(db, req.projectId)).filter((a) => !inScope || inScope.has(a.docId));
  const byDoc = new Map<string, typeof all>();
  for (const a of all) {
    const list = byDoc.get(a.docId) ?? [];
    list.push(a);
    byDoc.set(a.docId, list);
  }
  const rows: SegmentRowLite[] = [];
  await forEachContentChunk(db, [...byDoc.keys()], CHUNK, (contents) => {
    for (const c of contents) {
      for (const a of (byDoc.get(c.docId) ?? []).sort((x, y) => x.start - y.start || x.end - y.end)) {
        const s = c.sections.find((x) => x.start <= a.start && a.start < x.end) ?? null;
        rows.push({
          id: a.id,
          docId: a.docId,
          codeId: a.codeId,
          start: a.start,
          end: a.end,
          quote: a.quote,
          memo: a.memo,
          coder: a.coder,
          origin: a.origin,
          autoQuery: a.autoQuery ?? null,
          category: s?.category ?? null,
          heading: s?.heading ?? null,
        });
      }
    }
    return true;
  });
  scope.postMessage({ type: 'segments', id: req.id, rows });
}

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'warm') {
    // Opens the database before the first query needs it.
    void database(req.dbName);
    return;
  }
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return;
  }
  const run = req.type === 'search' ? search(req) : req.type === 'plan' ? plan(req) : segments(req);
  run.catch((err: unknown) =>
    scope.postMessage({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) }),
  );
};
