/**
 * Writes a .fazhi project file as the documents come, for `fazhi import
 * --project` over a whole crawl: memory stays bounded whatever the corpus size.
 *
 * The format is the one createBackup writes (manifest.json, project.json,
 * files/<docId>/<name>), produced as a stream: each original file becomes its zip
 * entry as soon as it is added; each document's text and structure (the bulk of
 * project.json, whose "contents" key comes first) is deflated as it comes (native
 * zlib, level 4, off the main thread) into a temporary file beside the output,
 * its CRC-32 and length counted on the way; only the small library rows stay in
 * memory. `close()` deflates the rest of project.json (the rows, the codebook)
 * onto the same stream and copies the compressed bytes into the zip as they are,
 * so closing costs a file copy, not a compression of gigabytes (30,000 reports:
 * ~550 s of fflate level 6 at the end before). The finished file is renamed into
 * place, so a half-written project never carries the final name.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';
import { Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
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

/** Level of the streamed deflate of project.json: moderate (zlib's default is 6; 4 is about twice as fast). */
const JSON_LEVEL = 4;

/**
 * Raw deflate into a file, counting the CRC-32 and length of what goes in (the zip
 * entry's descriptor), waiting when zlib's buffer is full.
 */
class DeflatedFile {
  readonly #deflate: DeflateRaw;
  readonly #file: WriteStream;
  #error: Error | null = null;
  crc = 0;
  size = 0;
  constructor(path: string) {
    this.#deflate = createDeflateRaw({ level: JSON_LEVEL, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY });
    this.#file = createWriteStream(path);
    this.#deflate.on('error', (e) => (this.#error = e));
    this.#file.on('error', (e) => (this.#error = e));
    this.#deflate.pipe(this.#file);
  }
  async write(chunk: Uint8Array): Promise<void> {
    if (this.#error) throw this.#error;
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.byteLength;
    if (!this.#deflate.write(chunk)) await once(this.#deflate, 'drain');
  }
  async end(): Promise<void> {
    if (this.#error) throw this.#error;
    this.#deflate.end();
    await once(this.#file, 'finish');
    if (this.#error) throw this.#error;
  }
  destroy(): void {
    this.#deflate.destroy();
    this.#file.destroy();
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
  readonly #contents: DeflatedFile;
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
    this.#contents = new DeflatedFile(this.#contentsPath);
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

  #pushWhole(entry: ZipPassThrough, bytes: Uint8Array): void {
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
    // project.json starts with its contents, so each is deflated as it comes.
    await this.#contents.write(encoder.encode(`${i ? ',' : '{"contents":['}${JSON.stringify(content)}`));
    await this.#zipOut.drain();
    return id;
  }

  /** Writes project.json (with the default codebook) and moves the finished file into place. */
  async close(): Promise<{ documents: number; codes: number }> {
    if (this.#closed) throw new Error('The project file is already closed.');
    this.#closed = true;
    const codes = buildCodebook('outline-2021', this.#project.id, this.#now, this.#newId);
    // The rest of project.json after the contents: the library rows, files and codebook (small).
    const rest = JSON.stringify({
      project: this.#project,
      documents: this.#documents,
      files: this.#files,
      codes,
      annotations: [],
      memos: [],
      decisions: [],
    });
    await this.#contents.write(encoder.encode(`${this.#documents.length ? '],' : '{"contents":[],'}${rest.slice(1)}`));
    await this.#contents.end();
    // The deflated bytes go into the zip as they are (method 8), with the counted CRC and length.
    const json: ZipInputFile = { filename: 'project.json', size: 0, crc: 0, compression: 8 };
    this.#zip.add(json);
    for await (const chunk of createReadStream(this.#contentsPath, { highWaterMark: 1 << 20 })) {
      json.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false);
      if (this.#zipError) throw this.#zipError;
      await this.#zipOut.drain();
    }
    json.size = this.#contents.size;
    json.crc = this.#contents.crc;
    json.ondata!(null, new Uint8Array(0), true);
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
