/**
 * Texts kept between queries, each with its folded copies: a search worker (or a
 * script) folds a document once, and every later query over it is an indexOf
 * loop on a string already in memory. An entry is keyed by document id and a
 * stamp that changes whenever the stored text may have (the page passes the text
 * hash and update time), so an edited or re-imported document is read again.
 *
 * The cache holds at most `maxUnits` UTF-16 units (text plus folds, two bytes
 * each). When full it keeps what it has and reads the rest each time: a corpus
 * scanned in order would otherwise evict every entry just before it is needed.
 */
import type { Span } from '../model/document';
import { OffsetMap } from '../text/codepoints';
import { foldText, type FoldedText, type FoldOptions } from './fold';

export interface CachedText {
  docId: string;
  stamp: string;
  text: string;
  paragraphs?: readonly Span[];
  /** Code point ↔ UTF-16 offsets of `text` (for keyword-in-context slices). */
  map: OffsetMap;
  folds: Map<string, FoldedText>;
}

const foldKey = (o: FoldOptions) => `${o.script ? 's' : '-'}${o.width ? 'w' : '-'}`;

/** 128 M units: 256 MB, the 60-million-character bench corpus with one fold each. */
export const DEFAULT_CACHE_UNITS = 128 * 1024 * 1024;

export class TextCache {
  private readonly entries = new Map<string, CachedText>();
  private units = 0;

  constructor(readonly maxUnits = DEFAULT_CACHE_UNITS) {}

  get size(): number {
    return this.entries.size;
  }

  /** UTF-16 units held (texts and folded copies). */
  get heldUnits(): number {
    return this.units;
  }

  /** The entry for `docId` if it is still current. */
  get(docId: string, stamp: string): CachedText | undefined {
    const e = this.entries.get(docId);
    if (e && e.stamp === stamp) return e;
    if (e) this.drop(docId);
    return undefined;
  }

  /** The entry for `docId` whatever its stamp (for work on hits a current search just found). */
  peek(docId: string): CachedText | undefined {
    return this.entries.get(docId);
  }

  /** An entry for a text just read; kept when it fits, otherwise returned uncached. */
  put(docId: string, stamp: string, text: string, paragraphs?: readonly Span[]): CachedText {
    this.drop(docId);
    const e: CachedText = { docId, stamp, text, paragraphs, map: new OffsetMap(text), folds: new Map() };
    if (this.units + text.length <= this.maxUnits) {
      this.entries.set(docId, e);
      this.units += text.length;
    }
    return e;
  }

  /** The entry's folded copy for `opts`, folded now the first time. */
  folded(e: CachedText, opts: FoldOptions): FoldedText {
    const key = foldKey(opts);
    const have = e.folds.get(key);
    if (have) return have;
    const f = foldText(e.text, opts);
    const cost = f.folded === e.text ? 0 : f.folded.length + (f.unitToCp ? 2 * f.unitToCp.length : 0);
    if (this.entries.get(e.docId) === e && this.units + cost <= this.maxUnits) {
      e.folds.set(key, f);
      this.units += cost;
    }
    return f;
  }

  drop(docId: string): void {
    const e = this.entries.get(docId);
    if (!e) return;
    this.entries.delete(docId);
    this.units -= e.text.length;
    for (const f of e.folds.values()) {
      if (f.folded !== e.text) this.units -= f.folded.length + (f.unitToCp ? 2 * f.unitToCp.length : 0);
    }
  }

  /** Drops every entry whose document is not in `keep` (another project, deleted documents). */
  keepOnly(keep: ReadonlySet<string>): void {
    for (const id of [...this.entries.keys()]) if (!keep.has(id)) this.drop(id);
  }

  clear(): void {
    this.entries.clear();
    this.units = 0;
  }
}
