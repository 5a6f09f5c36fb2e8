/**
 * The same-report lookup of one import. Each file's fingerprint is looked up in
 * the project's `bands` index; reports share boilerplate, so one band key can be
 * shared by thousands of documents, and walking those index entries again for
 * every file made an import slow down as the library grew (3,000 reports: 16.8
 * reports/s in the first tenth, 3.0 in the last). Here each band's documents are
 * read from the index once per import and kept as a list of ids, which the
 * documents this import stores join as they are stored: every index entry is read
 * at most once, so the cost per file no longer grows with the library.
 */
import { projectBandKeys } from '../../../shared/import/same-report';
import type { DocumentRecord } from '../../../shared/model/project';
import type { FazhiDb } from './db';
import { sameReportAmong, topByHits } from './documents';

export class SameReportLookup {
  /** Band key → ids of the project's documents with it (for the bands looked up so far). */
  readonly #buckets = new Map<string, string[]>();

  constructor(
    private readonly db: FazhiDb,
    private readonly projectId: string,
  ) {}

  /** Band keys whose documents are held (for tests and the bench). */
  get size(): number {
    return this.#buckets.size;
  }

  /** The document of the project that is the same report as this fingerprint, as its primary document. */
  async find(fingerprint: readonly number[] | undefined): Promise<DocumentRecord | undefined> {
    if (!fingerprint?.length) return undefined;
    const keys = projectBandKeys(this.projectId, fingerprint);
    const missing = keys.filter((k) => !this.#buckets.has(k));
    if (missing.length) {
      const read = new Map(missing.map((k) => [k, [] as string[]]));
      await this.db.documents
        .where('bands')
        .anyOf(missing)
        .eachKey((key, cursor) => read.get(key as string)?.push(cursor.primaryKey as string));
      for (const [k, ids] of read) this.#buckets.set(k, ids);
    }
    const ids = topByHits(keys.flatMap((k) => this.#buckets.get(k) ?? []));
    return sameReportAmong(this.db, this.projectId, fingerprint, ids);
  }

  /** Documents this import stored: they join the bands already held (the others are read from the index). */
  added(records: readonly Pick<DocumentRecord, 'id' | 'bands'>[]): void {
    for (const r of records) for (const k of r.bands ?? []) this.#buckets.get(k)?.push(r.id);
  }
}
