/**
 * Writes a .fazhi project file as the documents come, for `fazhi import
 * --project` over a whole crawl: memory stays bounded whatever the corpus size.
 *
 * The format is the one createBackup writes (manifest.json, project.json,
 * files/<docId>/<name>), produced as a stream: each original file becomes its zip
 * entry as soon as it is added; each document's text and structure (the bulk of
 * project.json) goes to a temporary file beside the output; only the small library
 * rows stay in memory. `close()` streams project.json into the zip from those, and
 * renames the finished file into place, so a half-written project never carries
 * the final name.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { safeName } from '../shared/backup/create-backup';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest, type StoredFileRow } from '../shared/backup/format';
import { buildCodebook } from '../shared/codebook/templates';
import type { ParsedDocument, SourceFormat } from '../shared/model/document';
import { toStoredDocument, type DocumentRecord, type Project } from '../shared/model/project';

const MIME: Record<SourceFormat, string> = {
  txt: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const encoder = new TextEncoder();

/** A write stream that waits when its buffer is full, so a fast producer cannot fill memory. */
class Sink {
  readonly #out: WriteStream;
  #error: Error | null = null;
  constructor(path: string) {
    this.#out = createWriteStream(path);
    this.#out.on('error', (e) => (this.#error = e));
  }
  /** Queues bytes (synchronously: fflate hands chunks to a callback). */
  write(chunk: Uint8Array): void {
    if (this.#error) return;
    this.#out.write(chunk);
  }
  /** Resolves once the buffer has drained below its mark. */
  async drain(): Promise<void> {
    if (this.#error) throw this.#error;
    if (this.#out.writableNeedDrain) await once(this.#out, 'drain');
  }
  async end(): Promise<void> {
    if (this.#error) throw this.#error;
    this.#out.end();
    await once(this.#out, 'finish');
  }
  destroy(): void {
    this.#out.destroy();
  }
}

export interface ProjectWriterOptions {
  name: string;
  appVersion: string;
  now?: string;
  newId?: () => string;
}

export class ProjectFileWriter {
  readonly #path: string;
  readonly #partial: string;
  readonly #contentsPath: string;
  readonly #zipOut: Sink;
  readonly #contents: Sink;
  readonly #zip: Zip;
  readonly #project: Project;
  readonly #now: string;
  readonly #newId: () => string;
  readonly #appVersion: string;
  readonly #documents: DocumentRecord[] = [];
  readonly #files: StoredFileRow[] = [];
  #zipError: Error | null = null;
  #closed = false;

  constructor(path: string, options: ProjectWriterOptions) {
    this.#path = path;
    this.#partial = `${path}.partial`;
    this.#contentsPath = `${path}.contents.partial`;
    this.#now = options.now ?? new Date().toISOString();
    this.#newId = options.newId ?? (() => crypto.randomUUID());
    this.#appVersion = options.appVersion;
    this.#project = { id: this.#newId(), name: options.name, createdAt: this.#now, updatedAt: this.#now };
    this.#zipOut = new Sink(this.#partial);
    this.#contents = new Sink(this.#contentsPath);
    this.#zip = new Zip((err, chunk) => {
      if (err) this.#zipError = err;
      else this.#zipOut.write(chunk);
    });
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      appVersion: this.#appVersion,
      created: this.#now,
    };
    this.#pushWhole(new ZipPassThrough('manifest.json'), encoder.encode(JSON.stringify(manifest, null, 2)));
  }

  /** Documents added so far. */
  get count(): number {
    return this.#documents.length;
  }

  #pushWhole(entry: ZipPassThrough | ZipDeflate, bytes: Uint8Array): void {
    this.#zip.add(entry);
    entry.push(bytes, true);
    if (this.#zipError) throw this.#zipError;
  }

  /** Adds one imported document with its original bytes. Resolves once the output has room again. */
  async add(parsed: ParsedDocument, bytes: Uint8Array): Promise<string> {
    if (this.#closed) throw new Error('The project file is already closed.');
    const id = this.#newId();
    const { record, content } = toStoredDocument(parsed, { id, projectId: this.#project.id, now: this.#now });
    const i = this.#documents.length;
    const path = `files/${safeName(id, i)}/${safeName(parsed.fileName, i)}`;
    // Originals are mostly compressed already (docx, pdf) or small: stored, as createBackup does.
    this.#pushWhole(new ZipPassThrough(path), bytes);
    this.#documents.push(record);
    this.#files.push({ docId: id, name: parsed.fileName, mime: MIME[parsed.format], path });
    this.#contents.write(encoder.encode(`${i ? ',' : ''}${JSON.stringify(content)}`));
    await Promise.all([this.#zipOut.drain(), this.#contents.drain()]);
    return id;
  }

  /** Writes project.json (with the default codebook) and moves the finished file into place. */
  async close(): Promise<{ documents: number; codes: number }> {
    if (this.#closed) throw new Error('The project file is already closed.');
    this.#closed = true;
    await this.#contents.end();
    const codes = buildCodebook('outline-2021', this.#project.id, this.#now, this.#newId);
    const json = new ZipDeflate('project.json', { level: 6 });
    this.#zip.add(json);
    // Every key but the contents first (they are small), then the contents streamed from disk.
    const head = JSON.stringify({
      project: this.#project,
      documents: this.#documents,
      files: this.#files,
      codes,
      annotations: [],
      memos: [],
      decisions: [],
    });
    json.push(encoder.encode(`${head.slice(0, -1)},"contents":[`));
    for await (const chunk of createReadStream(this.#contentsPath, { highWaterMark: 1 << 20 })) {
      json.push(chunk as Uint8Array);
      if (this.#zipError) throw this.#zipError;
      await this.#zipOut.drain();
    }
    json.push(encoder.encode(']}'), true);
    this.#zip.end();
    if (this.#zipError) throw this.#zipError;
    await this.#zipOut.end();
    await rm(this.#contentsPath, { force: true });
    await rename(this.#partial, this.#path);
    return { documents: this.#documents.length, codes: codes.length };
  }

  /** Gives up: removes the partial files. */
  async abort(): Promise<void> {
    this.#closed = true;
    this.#zipOut.destroy();
    this.#contents.destroy();
    await rm(this.#partial, { force: true });
    await rm(this.#contentsPath, { force: true });
  }
}
