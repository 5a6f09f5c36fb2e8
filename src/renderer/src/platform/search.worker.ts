/**
 * The search worker: reads texts from IndexedDB itself, a chunk at a time, and
 * runs the pure search core on them, so a search over thousands of reports never
 * blocks the page or holds the corpus in its memory.
 */
import { compileQuery, foldString, planAutocode, searchDocument } from '../../../shared/search';
import { OffsetMap } from '../../../shared/text/codepoints';
import type { DocumentContent } from '../../../shared/model/project';
import type { FazhiDb } from '../storage/db';
import { openDb } from '../storage/db';
import { codeAnnotations, forEachContentChunk, projectAnnotations } from '../storage/corpus-reader';
import type { PlannedRow, SearchRequest, SearchResponse, SegmentRowLite } from './search-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

/** Documents read per IndexedDB request; the first request is smaller, so the first lines come back at once. */
const CHUNK = 25;
const FIRST_CHUNK = 4;
const dbs = new Map<string, Promise<FazhiDb>>();
const cancelled = new Set<number>();

function database(name: string): Promise<FazhiDb> {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = openDb(name)));
  return db;
}

async function search(req: Extract<SearchRequest, { type: 'search' }>): Promise<void> {
  const t0 = performance.now();
  const compiled = compileQuery(req.query);
  if (!compiled.ok) {
    scope.postMessage({ type: 'error', id: req.id, message: compiled.error.message });
    return;
  }
  const db = await database(req.dbName);
  let done = 0;
  let total = 0;
  const each = (contents: DocumentContent[]) => {
    if (cancelled.has(req.id)) return false;
    const rows = [];
    const perDoc: [string, number][] = [];
    for (const c of contents) {
      const r = searchDocument(
        { docId: c.docId, text: c.text, paragraphs: c.paragraphs },
        compiled.compiled,
        req.width,
      );
      if (r.hits.length === 0) continue;
      perDoc.push([c.docId, r.hits.length]);
      total += r.hits.length;
      for (const row of r.rows) rows.push(row);
    }
    done += contents.length;
    scope.postMessage({ type: 'chunk', id: req.id, rows, perDoc, done, of: req.docIds.length });
    return true;
  };
  const head = req.docIds.slice(0, FIRST_CHUNK);
  await forEachContentChunk(db, head, FIRST_CHUNK, (c) => each(c));
  await forEachContentChunk(db, req.docIds.slice(FIRST_CHUNK), CHUNK, (c) => each(c));
  if (!cancelled.delete(req.id)) scope.postMessage({ type: 'done', id: req.id, total, ms: performance.now() - t0 });
}

async function plan(req: Extract<SearchRequest, { type: 'plan' }>): Promise<void> {
  const db = await database(req.dbName);
  const hitsByDoc = new Map(req.hits.map((h) => [h.docId, h.spans]));
  const existing = await codeAnnotations(db, req.codeId);
  const rows: PlannedRow[] = [];
  let skipped = 0;
  await forEachContentChunk(db, [...hitsByDoc.keys()], CHUNK, (contents) => {
    const docs = contents.map((c) => ({
      docId: c.docId,
      text: c.text,
      paragraphs: c.paragraphs,
      hits: hitsByDoc.get(c.docId) ?? [],
    }));
    const p = planAutocode(docs, req.options, existing);
    skipped += p.existing;
    const maps = new Map(contents.map((c) => [c.docId, c.text]));
    let current = '';
    let map: OffsetMap | null = null;
    for (const s of p.segments) {
      if (s.docId !== current) map = new OffsetMap(maps.get((current = s.docId)) ?? '');
      rows.push({ docId: s.docId, start: s.start, end: s.end, hits: s.hits, quote: map!.slice(s.start, s.end) });
    }
    return true;
  });
  scope.postMessage({ type: 'planned', id: req.id, rows, existing: skipped });
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
    // Builds the folding tables (about 0.2 s) before the first query needs them.
    compileQuery({ terms: ['法'] });
    foldString('法');
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
