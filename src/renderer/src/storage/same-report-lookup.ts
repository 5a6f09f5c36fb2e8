/**
 * The same-report lookup of one import. Each file's fingerprint is looked up in
 * the project's `bands` index; reports share boilerplate, so one band key can be
 * shared by thousands of documents, and walking those index entries again for
 * every file made an import slow down as the library grew (3,000 reports: 16.8
 * reports/s in the first tenth, 3.0 in the last). Here each band's documents are
 * read from the index once per import and kept as a list of ids, which the
 * documents this import stores join as they are stored: every index entry is read
 * at most once, so the cost per file no longer grows with the library. The
 * candidates' fingerprints are kept too (256 bytes a document), so comparing a
 * file with its 32 candidates reads no rows but those never met before.
 */
import { findSameReport, projectBandKeys } from '../../../shared/import/same-report';
import type { DocumentRecord } from '../../../shared/model/project';
import type { FazhiDb } from './db';
import { topByHits } from './documents';

/** What the lookup keeps of a candidate document. */
interface Candidate {
  id: string;
  title: string | null;
  copyOf: string | null;
  fingerprint: Uint32Array | null;
}

type Row = Pick<DocumentRecord, 'id' | 'title' | 'copyOf' | 'fingerprint' | 'bands'>;

const candidate = (d: Row): Candidate => ({
  id: d.id,
  title: d.title,
  copyOf: d.copyOf ?? null,
  fingerprint: d.fingerprint?.length ? Uint32Array.from(d.fingerprint) : null,
});

export class SameReportLookup {
  /** Band key → ids of the project's documents with it (for the bands looked up so far). */
  readonly #buckets = new Map<string, string[]>();
  /** Documents met as candidates or stored by this import (null: gone, or of another project). */
  readonly #known = new Map<string, Candidate | null>();
  /**
   * Whether the bands held are all there are: the project had no documents when the lookup started
   * (a crawl into a new project), so every band is what this import stored and the index is never read.
   */
  #counted: Promise<void> | null = null;
  #complete = false;

  constructor(
    private readonly db: FazhiDb,
    private readonly projectId: string,
  ) {}

  /** Band keys whose documents are held (for tests and the bench). */
  get size(): number {
    return this.#buckets.size;
  }

  /** The document of the project that is the same report as this fingerprint, as its primary document. */
  async find(fingerprint: readonly number[] | undefined): Promise<{ id: string; title: string | null } | undefined> {
    if (!fingerprint?.length) return undefined;
    const keys = projectBandKeys(this.projectId, fingerprint);
    this.#counted ??= this.db.documents
      .where('projectId')
      .equals(this.projectId)
      .count()
      .then((n) => void (this.#complete = n === 0));
    await this.#counted;
    const missing = keys.filter((k) => !this.#buckets.has(k));
    if (this.#complete) for (const k of missing) this.#buckets.set(k, []);
    else if (missing.length) {
      const read = new Map(missing.map((k) => [k, [] as string[]]));
      await this.db.documents
        .where('bands')
        .anyOf(missing)
        .eachKey((key, cursor) => read.get(key as string)?.push(cursor.primaryKey as string));
      for (const [k, ids] of read) this.#buckets.set(k, ids);
    }
    const ids = topByHits(keys.flatMap((k) => this.#buckets.get(k) ?? []));
    const unknown = ids.filter((id) => !this.#known.has(id));
    if (unknown.length) {
      const rows = await this.db.documents.bulkGet(unknown);
      rows.forEach((d, i) => this.#known.set(unknown[i]!, d && d.projectId === this.projectId ? candidate(d) : null));
    }
    const candidates = ids.flatMap((id) => {
      const c = this.#known.get(id);
      return c ? [c] : [];
    });
    const found = findSameReport(fingerprint, candidates);
    if (!found) return undefined;
    const { match } = found;
    if (!match.copyOf) return { id: match.id, title: match.title };
    // A copy points to the document it copies: answer with that one (if it is still there).
    const primary = await this.db.documents.get(match.copyOf);
    return primary ? { id: primary.id, title: primary.title } : { id: match.id, title: match.title };
  }

  /** Documents this import stored: they join the bands already held (the others are read from the index). */
  added(records: readonly Row[]): void {
    for (const r of records) {
      this.#known.set(r.id, candidate(r));
      for (const k of r.bands ?? []) {
        const ids = this.#buckets.get(k);
        if (ids) ids.push(r.id);
        else if (this.#complete) this.#buckets.set(k, [r.id]);
      }
    }
  }
}
