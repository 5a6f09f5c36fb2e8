/**
 * The corpus search as the app holds it: the last query, its streamed results,
 * the sort and the unticked hits. Kept outside React so leaving the search view
 * (to open a hit) and coming back finds everything as it was.
 */
import { useSyncExternalStore } from 'react';
import { sortKwic, type KwicRow, type KwicSort } from '../../../shared/search';
import { DEFAULT_FORM, toQuery, type SearchForm, type SearchState } from '../features/search';
import { SearchClient, type SearchDoc } from '../platform/search-client';
import { getDb } from '../storage/instance';

export interface SearchSnapshot {
  form: SearchForm;
  state: SearchState | null;
  /** The rows in the chosen order. */
  rows: KwicRow[];
  sort: KwicSort;
  unticked: ReadonlySet<string>;
}

let client: SearchClient | null = null;
/** The one search worker client of the page (per database name). */
export function searchClient(): SearchClient {
  const name = getDb().name;
  if (!client || client.dbName !== name) {
    client?.dispose();
    client = new SearchClient(name);
  }
  return client;
}

/** Lines shown as soon as they arrive (a screen holds about twenty). */
const FIRST_SCREEN = 40;

let snap: SearchSnapshot = { form: DEFAULT_FORM, state: null, rows: [], sort: 'document', unticked: new Set() };
const listeners = new Set<() => void>();
/** Rows as they arrive, in document order (appended in place; `snap.rows` is a sorted copy or this array). */
let arrived: KwicRow[] = [];
let docOrder = new Map<string, number>();

function emit(next: Partial<SearchSnapshot>) {
  snap = { ...snap, ...next };
  for (const l of listeners) l();
}

function ordered(sort: KwicSort): KwicRow[] {
  return sort === 'document' ? arrived.slice() : sortKwic(arrived, sort, docOrder);
}

export function useSearchStore(): SearchSnapshot {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snap,
  );
}

/** Runs the form's query over `docs` (in library order); the first lines show as soon as the worker posts them. */
export async function runSearch(form: SearchForm, docs: readonly SearchDoc[]): Promise<void> {
  arrived = [];
  docOrder = new Map(docs.map((d, i) => [d.id, i]));
  const perDoc = new Map<string, number>();
  let total = 0;
  const state = (over: Partial<SearchState>): SearchState => ({
    rows: arrived,
    // A new map each time: the view's memo sees the counts change.
    perDoc: new Map(perDoc),
    total,
    done: 0,
    of: docs.length,
    running: true,
    ms: null,
    error: null,
    ...over,
  });
  emit({ form, state: state({}), rows: [], unticked: new Set() });
  let shown = 0;
  let last = 0;
  try {
    const result = await searchClient().search(docs, toQuery(form), (chunk) => {
      for (const r of chunk.rows) arrived.push(r);
      for (const [id, n] of chunk.perDoc) perDoc.set(id, n);
      total += chunk.rows.length;
      // While streaming, lines stay in document order; the chosen sort applies when all are in.
      // The first screenful shows as it comes, then the view is updated at most every 150 ms.
      const now = performance.now();
      if (shown < FIRST_SCREEN ? arrived.length > shown : now - last > 150) {
        shown = arrived.length;
        last = now;
        emit({ state: state({ done: chunk.done }), rows: arrived.slice() });
      }
    });
    if (!result) return;
    emit({ state: state({ done: docs.length, running: false, ms: result.ms }), rows: ordered(snap.sort) });
  } catch (e) {
    emit({ state: state({ running: false, error: e instanceof Error ? e.message : String(e) }) });
  }
}

export function setSort(sort: KwicSort): void {
  emit({ sort, rows: ordered(sort) });
}

export function toggleHit(key: string): void {
  const u = new Set(snap.unticked);
  if (u.has(key)) u.delete(key);
  else u.add(key);
  emit({ unticked: u });
}

export function tickAll(all: boolean, keyOf: (r: KwicRow) => string): void {
  emit({ unticked: all ? new Set() : new Set(arrived.map(keyOf)) });
}

/** The ticked hits, grouped by document in document order. */
export function tickedHits(
  keyOf: (r: KwicRow) => string,
): { docId: string; spans: { start: number; end: number }[] }[] {
  const out = new Map<string, { start: number; end: number }[]>();
  for (const r of arrived) {
    if (snap.unticked.has(keyOf(r))) continue;
    let list = out.get(r.docId);
    if (!list) out.set(r.docId, (list = []));
    list.push({ start: r.start, end: r.end });
  }
  return [...out.entries()].map(([docId, spans]) => ({ docId, spans }));
}

/** The last search's text and query (for find in the document a hit opens). */
export function searchStoreQuery(): { text: string; query: ReturnType<typeof toQuery> } {
  return { text: snap.form.text, query: toQuery(snap.form) };
}
