/**
 * The import runner: parse picked files through the host, skip duplicates, store
 * the documents through a sink, and report progress. Pure logic (no React, no
 * storage): the host and the sink are passed in, so tests use fakes.
 *
 * Built for whole crawls (tens of thousands of files) at a constant rate:
 * - a few parses in flight (the host parses them on all cores) so workers never
 *   wait for the store; results are stored strictly in the picked order;
 * - documents are stored in batches, one transaction per batch (each document still
 *   all or nothing: a batch that fails is retried one document at a time);
 * - nothing of a finished file stays in memory but its summary row: its parse
 *   result is dropped once stored and its token released with the host;
 * - Cancel stops within a second: the runner stops waiting at once and asks the
 *   host to stop the parses in flight; what was parsed before is still stored.
 */
import type { HostApi, HostError, PickedFile } from '../../../../shared/ipc/contract';
import type { ImportErrorCode, ImportOptions, ParsedDocument } from '../../../../shared/model/document';
import { findSameReport } from '../../../../shared/import/same-report';

/** A document to store, with the key of its file in the resumable import queue. */
export interface StoreItem {
  parsed: ParsedDocument;
  bytes: Uint8Array;
  key: string;
  copyOf?: string;
}

/** Where imported documents go. Each `store` call is one transaction: the document is stored whole or not at all. */
export interface ImportSink {
  /** The document of the current project whose text has this hash, if any. */
  findDuplicate(sha256Text: string): Promise<{ docId: string; title: string | null } | null>;
  /** The document that is the same report in another file (near-identical text), if any. */
  findSameReport?(parsed: ParsedDocument): Promise<{ docId: string; title: string | null } | null>;
  /** `copyOf`: store the document as a copy of that (primary) document. */
  store(parsed: ParsedDocument, bytes: Uint8Array, opts?: { copyOf?: string }): Promise<{ docId: string }>;
  /** Several documents in one transaction (all or none), in order; their files are marked done with them. */
  storeMany?(items: StoreItem[]): Promise<{ docId: string }[]>;
  /**
   * Files finished without being stored (failed): marked done in the resumable queue. Files held
   * back as duplicates are not: they wait for the user's choice in the summary, and a resumed
   * import offers them again.
   */
  settle?(keys: string[]): Promise<void>;
}

/** Why a file was held back: its text is already in the project, or it is the same report as a document. */
export type DuplicateKind = 'same-text' | 'same-report';

/**
 * The document a parsed file duplicates: the same text (exact hash) first, then
 * the same report in another format or a mirror (the sink's fingerprint match).
 */
export async function findExisting(
  sink: ImportSink,
  parsed: ParsedDocument,
): Promise<{ docId: string; title: string | null; kind: DuplicateKind } | null> {
  const same = await sink.findDuplicate(parsed.sha256Text);
  if (same) return { ...same, kind: 'same-text' };
  const report = sink.findSameReport ? await sink.findSameReport(parsed) : null;
  return report ? { ...report, kind: 'same-report' } : null;
}

/** Whether a parsed file duplicates a document still waiting in the batch (same text or same report). */
function duplicatesBatch(parsed: ParsedDocument, batch: readonly { item: StoreItem }[]): boolean {
  if (batch.some((e) => e.item.parsed.sha256Text === parsed.sha256Text)) return true;
  if (!parsed.fingerprint?.length) return false;
  return (
    findSameReport(
      parsed.fingerprint,
      batch.map((e) => e.item.parsed),
    ) !== null
  );
}
/** Why a file was not imported: a parser's code, a host's I/O code, or the sink refusing it. */
export type ImportFailureCode = ImportErrorCode | HostError['code'] | 'store-failed';

export interface ImportedEntry {
  name: string;
  relPath: string;
  docId: string;
  title: string;
  /** Imported with the `encoding-damaged` warning: the summary offers to read it in another encoding. */
  encodingDamaged?: boolean;
}

export interface DuplicateEntry {
  name: string;
  relPath: string;
  /** Still registered with the host so "import anyway" can parse it again; absent once released. */
  token?: string;
  existingTitle: string;
  /** The document it duplicates, and how (absent in summaries from before near-duplicates were recognised). */
  existingId?: string;
  kind?: DuplicateKind;
}

export interface FailedEntry {
  name: string;
  relPath: string;
  code: ImportFailureCode;
  /** The English detail from the parser or host. */
  message: string;
  /** A file refused as not text: still registered, so it can be read again in an encoding the user picks. */
  token?: string;
}

export interface ImportSummary {
  imported: ImportedEntry[];
  /** Files of a resumed import that an earlier run had already finished (not processed again). */
  skipped?: number;
  duplicates: DuplicateEntry[];
  failed: FailedEntry[];
  cancelled: boolean;
  /** Files never reached because the user cancelled. */
  notProcessed: number;
  startedAt: string;
  finishedAt: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being processed (or, once all are done, the last one). */
  current: string;
  imported: number;
  duplicates: number;
  failed: number;
  /** Files finished per second over the last few seconds; null until there is enough to tell. */
  rate?: number | null;
  /** Estimated seconds until all files are done, at that rate. */
  secondsLeft?: number | null;
  /** The folder is still being walked: `total` is the files found so far. */
  walking?: boolean;
}

/** A folder walk that failed part way (the files found before it are still imported). */
export class FolderWalkError extends Error {
  constructor(
    readonly code: ImportFailureCode,
    message: string,
    /** The folder, for the summary. */
    readonly folder: string,
  ) {
    super(message);
  }
}

export interface RunImportOptions {
  /** Store files even when the project already has a document with the same text. */
  importDuplicates?: boolean;
  /** Store duplicates (same text or same report) as copies of the document they duplicate. */
  keepAsCopies?: boolean;
  /** Passed to the parser (e.g. a forced encoding). */
  parse?: ImportOptions;
}

export interface RunImportArgs {
  host: Pick<HostApi, 'parseFile' | 'releaseFiles'> & Partial<Pick<HostApi, 'cancelParsing'>>;
  files: PickedFile[];
  /**
   * The rest of a folder still being walked, a page at a time: its files join the queue
   * as they arrive. It may throw a FolderWalkError; it is ended (`return`) on cancel.
   */
  more?: AsyncIterator<PickedFile[]>;
  /** Called with each page from `more` before its files are imported (the job records their keys). */
  onPage?: (page: PickedFile[]) => Promise<void>;
  sink: ImportSink;
  options?: RunImportOptions;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The key of a file in the resumable queue (default: its relative path or name, and its size). */
  fileKey?: (file: PickedFile) => string;
  /** Parses in flight (the host runs them on its workers); default 4: two workers, each with one file waiting. */
  concurrency?: number;
  /** Batching of stores: at most `docs` documents or `bytes` of source per transaction, or `ms` of waiting. */
  batch?: { docs?: number; bytes?: number; ms?: number };
  /** Injected clock for tests. */
  now?: () => Date;
}

/** A file's identity across picks: the same folder picked again gives the same keys. */
export function defaultFileKey(file: PickedFile): string {
  return `${file.relPath || file.name}\u0000${file.size}`;
}

const DEFAULT_CONCURRENCY = 4;
// Each stored batch makes the library's live queries run again (they read every row of the
// project), so batches grow with the work: at most 100 documents, 16 MB or 2 s of waiting.
const BATCH_DOCS = 100;
const BATCH_BYTES = 16 * 1024 * 1024;
const BATCH_MS = 2000;
const PROGRESS_EVERY_MS = 100;
// The next page of a walk is asked for this many files before the queue runs dry.
const WALK_AHEAD = 200;
const RATE_WINDOW_MS = 10_000;

type ParseOutcome = Awaited<ReturnType<HostApi['parseFile']>>;

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function runImport(args: RunImportArgs): Promise<ImportSummary> {
  const { host, sink, options = {}, signal, onProgress, more } = args;
  // Grows as pages of the walk arrive.
  const files = [...args.files];
  const now = args.now ?? (() => new Date());
  const keyOf = args.fileKey ?? defaultFileKey;
  const inFlight = Math.max(1, args.concurrency ?? DEFAULT_CONCURRENCY);
  const maxDocs = args.batch?.docs ?? BATCH_DOCS;
  const maxBytes = args.batch?.bytes ?? BATCH_BYTES;
  const maxWait = args.batch?.ms ?? BATCH_MS;
  const summary: ImportSummary = {
    imported: [],
    duplicates: [],
    failed: [],
    cancelled: false,
    notProcessed: 0,
    startedAt: now().toISOString(),
    finishedAt: '',
  };

  // Parses started and not yet consumed; an entry is deleted as soon as its file is handled.
  const parses = new Map<number, Promise<ParseOutcome>>();
  let started = 0;
  const startParses = (upTo: number): void => {
    for (; started < Math.min(upTo, files.length); started++) {
      const file = files[started]!;
      // A host that throws instead of answering with data is a failure of that file, not of the batch.
      parses.set(
        started,
        host
          .parseFile(file.token, options.parse)
          .catch((e: unknown): ParseOutcome => ({ ok: false, error: { code: 'internal', message: errorMessage(e) } })),
      );
    }
  };

  // Cancel: stop waiting at once, and let the host stop the parses in flight.
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => {
      resolve('aborted');
      void host.cancelParsing?.().catch(() => undefined);
    };
  });
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  let done = 0;
  let current = files[0]?.name ?? '';
  const samples: { t: number; done: number }[] = [];
  let lastReport = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | null = null;
  const report = (force = false): void => {
    if (!onProgress) return;
    const t = performance.now();
    if (!force && t - lastReport < PROGRESS_EVERY_MS) {
      // Skipped now, shown shortly: else a file that is slow to read would leave the count one behind.
      trailing ??= setTimeout(() => {
        trailing = null;
        report();
      }, PROGRESS_EVERY_MS);
      return;
    }
    if (trailing !== null) clearTimeout(trailing);
    trailing = null;
    lastReport = t;
    samples.push({ t, done });
    while (samples.length > 2 && t - samples[0]!.t > RATE_WINDOW_MS) samples.shift();
    const first = samples[0]!;
    const rate = t - first.t >= 1000 && done > first.done ? ((done - first.done) * 1000) / (t - first.t) : null;
    onProgress({
      done,
      total: files.length,
      walking,
      current,
      imported: summary.imported.length,
      duplicates: summary.duplicates.length,
      failed: summary.failed.length,
      rate,
      secondsLeft: rate && !walking ? (files.length - done) / rate : null,
    });
  };
  const fail = (file: PickedFile, code: ImportFailureCode, message: string): void => {
    summary.failed.push({ name: file.name, relPath: file.relPath, code, message });
  };

  // The walk: at most one page asked for at a time; a page that arrived joins the queue at the next file.
  let walking = Boolean(more);
  type Arrival = IteratorResult<PickedFile[]> | { error: unknown };
  let arrived: Arrival | null = null;
  let asking: Promise<void> | null = null;
  const askPage = (): void => {
    if (!more || !walking || asking || arrived) return;
    asking = more.next().then(
      (r) => void (arrived = r),
      (error: unknown) => void (arrived = { error }),
    );
    void asking.finally(() => (asking = null));
  };
  const takePage = async (): Promise<void> => {
    const got = arrived;
    if (!got) return;
    arrived = null;
    if ('error' in got) {
      walking = false;
      const e = got.error;
      if (e instanceof FolderWalkError)
        summary.failed.push({ name: e.folder, relPath: '', code: e.code, message: e.message });
      else summary.failed.push({ name: '', relPath: '', code: 'io', message: errorMessage(e) });
    } else if (got.done) walking = false;
    else if (got.value.length) {
      await args.onPage?.(got.value);
      files.push(...got.value);
    }
  };

  // The batch waiting to be stored (a later file may duplicate one of its documents).
  let batch: { file: PickedFile; item: StoreItem; title: string }[] = [];
  let batchBytes = 0;
  let batchSince = 0;
  let settled: string[] = [];
  let released: string[] = [];
  const storeItems = async (items: StoreItem[]): Promise<{ docId: string }[]> => {
    if (sink.storeMany) return sink.storeMany(items);
    const out: { docId: string }[] = [];
    for (const it of items) out.push(await sink.store(it.parsed, it.bytes, it.copyOf ? { copyOf: it.copyOf } : {}));
    return out;
  };
  const flush = async (): Promise<void> => {
    const entries = batch;
    batch = [];
    batchBytes = 0;
    if (entries.length) {
      let results: ({ docId: string } | Error)[];
      try {
        results = await storeItems(entries.map((e) => e.item));
      } catch {
        // The batch rolled back as a whole: store each alone, so one bad document costs only itself.
        results = [];
        for (const e of entries) {
          try {
            results.push((await storeItems([e.item]))[0]!);
          } catch (err) {
            results.push(err instanceof Error ? err : new Error(String(err)));
          }
        }
      }
      entries.forEach(({ file, title, item }, i) => {
        const r = results[i];
        if (!r || r instanceof Error) fail(file, 'store-failed', r ? r.message : 'not stored');
        else {
          const entry: ImportedEntry = { name: file.name, relPath: file.relPath, docId: r.docId, title };
          if (item.parsed.warnings.some((w) => w.code === 'encoding-damaged')) entry.encodingDamaged = true;
          summary.imported.push(entry);
        }
      });
      // A document that could not be stored is finished too: the resumed import would fail on it again.
      const failedKeys = entries.filter((_, i) => !results[i] || results[i] instanceof Error).map((e) => e.item.key);
      settled.push(...failedKeys);
    }
    if (settled.length && sink.settle) {
      const keys = settled;
      settled = [];
      await sink.settle(keys).catch(() => undefined);
    }
    if (released.length) {
      const tokens = released;
      released = [];
      await host.releaseFiles(tokens).catch(() => undefined);
    }
    report(true);
  };

  try {
    report(true);
    for (let i = 0; ; i++) {
      await takePage();
      // The queue ran dry while the walk goes on: wait for its next page (or a cancel).
      while (i >= files.length && walking && !signal?.aborted) {
        askPage();
        if ((await Promise.race([asking ?? Promise.resolve(), aborted])) === 'aborted') break;
        await takePage();
        report(true);
      }
      if (i >= files.length) break;
      if (walking && files.length - i <= WALK_AHEAD) askPage();
      const file = files[i]!;
      if (signal?.aborted) break;
      startParses(i + inFlight);
      current = file.name;
      const parse = parses.get(i)!;
      // Waiting for a slow file: store what is ready first, so a closed app loses as little as possible.
      if (batch.length && performance.now() - batchSince > maxWait) await flush();
      const outcome = await Promise.race([parse, aborted]);
      parses.delete(i);
      // Cancelled while this file was parsing: it is not stored, so it counts as not processed.
      if (outcome === 'aborted' || signal?.aborted) break;
      const key = keyOf(file);
      if (!outcome.ok) {
        fail(file, outcome.error.code, outcome.error.message);
        settled.push(key);
        released.push(file.token);
      } else if (!outcome.value.result.ok) {
        fail(file, outcome.value.result.error.code, outcome.value.result.error.message);
        settled.push(key);
        // Not text in the detected encoding: kept, so the summary can offer to read it in another.
        if (outcome.value.result.error.code === 'binary' && /\.(txt|html?)$/i.test(file.name))
          summary.failed[summary.failed.length - 1]!.token = file.token;
        else released.push(file.token);
      } else {
        const parsed = outcome.value.result.document;
        try {
          // A duplicate of a document still in the batch: store the batch, so the match has an id.
          if (!options.importDuplicates && duplicatesBatch(parsed, batch)) await flush();
          const existing = options.importDuplicates ? null : await findExisting(sink, parsed);
          if (existing && !options.keepAsCopies) {
            summary.duplicates.push({
              name: file.name,
              relPath: file.relPath,
              token: file.token,
              existingTitle: existing.title ?? '',
              existingId: existing.docId,
              kind: existing.kind,
            });
            // Not settled: the user decides on it in the summary. Should the app close before the
            // summary is shown, the file stays pending, so continuing offers it again.
          } else {
            if (!batch.length) batchSince = performance.now();
            const title = parsed.title ?? parsed.fileName;
            const item: StoreItem = { parsed, bytes: outcome.value.bytes, key };
            if (existing) item.copyOf = existing.docId;
            batch.push({ file, item, title });
            batchBytes += outcome.value.bytes.byteLength + parsed.text.length * 2;
            released.push(file.token);
          }
        } catch (e) {
          fail(file, 'store-failed', errorMessage(e));
          settled.push(key);
          released.push(file.token);
        }
      }
      done++;
      if (
        batch.length >= maxDocs ||
        batchBytes >= maxBytes ||
        (batch.length && performance.now() - batchSince > maxWait)
      ) {
        await flush();
      } else report();
    }
  } finally {
    if (trailing !== null) clearTimeout(trailing);
    trailing = null;
    signal?.removeEventListener('abort', onAbort);
    // What was parsed before a cancel (or an error) is still stored.
    await flush().catch(() => undefined);
    const walkCut = walking;
    if (walking) {
      // Cancelled mid-walk: end it (the host forgets it); a page already on its way is released below.
      walking = false;
      await asking;
      // (Set by the page's callback: TypeScript cannot see that assignment from here.)
      const late = arrived as Arrival | null;
      arrived = null;
      if (late && !('error' in late) && !late.done)
        await host.releaseFiles(late.value.map((f) => f.token)).catch(() => undefined);
      await more?.return?.().catch(() => undefined);
    }
    summary.cancelled = done < files.length || walkCut;
    summary.notProcessed = files.length - done;
    summary.finishedAt = now().toISOString();
    // Files never reached, or in flight when cancelled: release them (duplicates keep their tokens).
    const rest = files.slice(done).map((f) => f.token);
    if (rest.length) await host.releaseFiles(rest).catch(() => undefined);
    report(true);
  }
  return summary;
}

/** Tokens a summary still holds with the host (its duplicates'); release them when the summary is discarded. */
export function heldTokens(summary: ImportSummary): string[] {
  return [...summary.duplicates, ...summary.failed].flatMap((d) => (d.token ? [d.token] : []));
}

export interface ImportDuplicatesArgs extends Omit<RunImportArgs, 'files' | 'options'> {
  summary: ImportSummary;
  /** Which duplicates to import (default: all that still have a token). */
  which?: DuplicateEntry[];
  parse?: ImportOptions;
  /** Keep them as copies of the documents they duplicate instead of as documents of their own. */
  asCopies?: boolean;
}

/**
 * Import a summary's duplicates anyway. Returns the summary updated: the chosen
 * duplicates move to `imported` (or `failed`), the others stay duplicates.
 */
export async function importDuplicatesAnyway(args: ImportDuplicatesArgs): Promise<ImportSummary> {
  const { summary, which = summary.duplicates, parse, asCopies = false, ...rest } = args;
  const chosen = which.filter((d): d is DuplicateEntry & { token: string } => Boolean(d.token));
  const files: PickedFile[] = chosen.map((d) => ({ token: d.token, name: d.name, relPath: d.relPath, size: 0 }));
  const again = await runImport({
    ...rest,
    files,
    options: asCopies ? { keepAsCopies: true, parse } : { importDuplicates: true, parse },
  });
  const attempted = new Set(chosen.map((d) => d.token));
  // Files a cancel left unprocessed were released by runImport; they stay listed, without a token.
  const processed = new Set(chosen.slice(0, chosen.length - again.notProcessed).map((d) => d.token));
  const remaining = summary.duplicates.flatMap((d): DuplicateEntry[] => {
    if (!d.token || !attempted.has(d.token)) return [d];
    if (processed.has(d.token)) return [];
    const released = { ...d };
    delete released.token;
    return [released];
  });
  return {
    ...summary,
    imported: [...summary.imported, ...again.imported],
    duplicates: remaining,
    failed: [...summary.failed, ...again.failed],
    finishedAt: again.finishedAt,
  };
}
