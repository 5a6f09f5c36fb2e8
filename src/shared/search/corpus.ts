/**
 * A query over many documents: keyword-in-context rows, counts per document and
 * the total. The CLI runs it over a project file; the app's search worker runs
 * the same per-document steps on texts it reads in chunks.
 */
import type { Span } from '../model/document';
import { OffsetMap } from '../text/codepoints';
import { kwicRows, type KwicRow } from './kwic';
import { searchText, type Hit } from './match';
import type { CompiledQuery } from './query';
import type { CachedText, TextCache } from './text-cache';

export interface CorpusDocument {
  docId: string;
  text: string;
  paragraphs?: readonly Span[];
}

export interface DocumentHits {
  docId: string;
  hits: Hit[];
  rows: KwicRow[];
}

/** One document's hits and rows (the unit of work a worker posts back). */
export function searchDocument(doc: CorpusDocument, q: CompiledQuery, width = 30): DocumentHits {
  const hits = searchText(doc, q);
  const rows = hits.length ? kwicRows(doc.docId, new OffsetMap(doc.text), hits, width) : [];
  return { docId: doc.docId, hits, rows };
}

/** The same over a cached text: folded once, offsets mapped once. */
export function searchCachedDocument(cache: TextCache, e: CachedText, q: CompiledQuery, width = 30): DocumentHits {
  const hits = searchText({ text: e.text, paragraphs: e.paragraphs, folded: cache.folded(e, q.fold) }, q);
  const rows = hits.length ? kwicRows(e.docId, e.map, hits, width) : [];
  return { docId: e.docId, hits, rows };
}

export interface CorpusResult {
  rows: KwicRow[];
  perDoc: Map<string, number>;
  total: number;
}

export function searchCorpus(docs: Iterable<CorpusDocument>, q: CompiledQuery, width = 30): CorpusResult {
  const rows: KwicRow[] = [];
  const perDoc = new Map<string, number>();
  let total = 0;
  for (const d of docs) {
    const r = searchDocument(d, q, width);
    if (r.hits.length === 0) continue;
    perDoc.set(d.docId, r.hits.length);
    total += r.hits.length;
    for (const row of r.rows) rows.push(row);
  }
  return { rows, perDoc, total };
}
