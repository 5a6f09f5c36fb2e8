/**
 * The web edition's host: the same `HostApi` as the desktop app, built on file
 * inputs, drag and drop, a Web Worker for parsing and downloads for saving.
 */
import { IMPORTABLE_EXTENSIONS } from '../../../shared/import/formats/sniff';
import {
  PROJECT_FILE_EXTENSIONS,
  type AppInfo,
  type FolderPage,
  type HostApi,
  type HostResult,
  type ParsedFile,
  type PickRequest,
  type PickedFile,
  type SaveRequest,
} from '../../../shared/ipc/contract';
import type { ImportOptions } from '../../../shared/model/document';
import { ParsePool, type PoolWorker } from '../../../shared/import/parse-pool';

type Source = { kind: 'blob'; blob: Blob } | { kind: 'url'; url: string } | { kind: 'bytes'; bytes: Uint8Array };

interface Entry {
  name: string;
  relPath: string;
  source: Source;
}

/** Files per page of a folder walk (as the desktop app's). */
const WALK_PAGE_SIZE = 500;

const ACCEPT = IMPORTABLE_EXTENSIONS.map((e) => `.${e}`).join(',');

function ok<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

function isHidden(relPath: string): boolean {
  return relPath.split('/').some((part) => part.startsWith('.'));
}

export class WebHost implements HostApi {
  private readonly files = new Map<string, Entry>();
  private pool: ParsePool | null = null;
  /** Folders picked and not yet handed over whole: the browser's File objects and how far the pages got. */
  private readonly walks = new Map<string, { files: File[]; next: number }>();

  constructor(private readonly baseUrl: string = document.baseURI) {}

  async appInfo(): Promise<AppInfo> {
    return {
      name: 'Fazhi Coder',
      version: __FAZHI_VERSION__,
      edition: 'web',
      platform: navigator.platform || 'web',
      locales: [...navigator.languages],
      dataLocation: `IndexedDB · ${location.origin}`,
    };
  }

  private register(name: string, relPath: string, source: Source): PickedFile {
    const token = crypto.randomUUID();
    this.files.set(token, { name, relPath, source });
    const size = source.kind === 'blob' ? source.blob.size : source.kind === 'bytes' ? source.bytes.length : 0;
    return { token, name, relPath, size };
  }

  /**
   * Opens the browser's file picker. Must be called from a user gesture (a click
   * handler), before any `await`, or the browser refuses to open it.
   */
  pickFiles(request: PickRequest): Promise<HostResult<PickedFile[]>> {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      const projects = request.kind === 'projects';
      input.multiple = !projects;
      if (request.folder) input.webkitdirectory = true;
      else input.accept = projects ? PROJECT_FILE_EXTENSIONS.map((e) => `.${e}`).join(',') : ACCEPT;
      input.style.display = 'none';
      const done = (result: HostResult<PickedFile[]>) => {
        input.remove();
        resolve(result);
      };
      input.addEventListener('change', () => {
        const picked: PickedFile[] = [];
        for (const file of Array.from(input.files ?? [])) {
          const relPath = file.webkitRelativePath || '';
          if (request.folder && isHidden(relPath)) continue;
          picked.push(this.register(file.name, relPath, { kind: 'blob', blob: file }));
        }
        // A folder's files come in the browser's order; import them in path order, as the desktop app does.
        if (request.folder) picked.sort((x, y) => (x.relPath < y.relPath ? -1 : x.relPath > y.relPath ? 1 : 0));
        done(picked.length ? ok(picked) : { ok: false, error: { code: 'cancelled', message: 'No files chosen.' } });
      });
      input.addEventListener('cancel', () => done({ ok: false, error: { code: 'cancelled', message: 'Cancelled.' } }));
      document.body.append(input);
      input.click();
    });
  }

  /**
   * Opens the folder picker (from a click, before any await, as pickFiles). The browser lists
   * the folder itself; its files get tokens only as their page is handed over.
   */
  pickFolder(): Promise<HostResult<FolderPage>> {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.webkitdirectory = true;
      input.style.display = 'none';
      const done = (result: HostResult<FolderPage>) => {
        input.remove();
        resolve(result);
      };
      input.addEventListener('change', () => {
        const files = Array.from(input.files ?? []).filter((f) => !isHidden(f.webkitRelativePath || f.name));
        if (files.length === 0) return done({ ok: false, error: { code: 'cancelled', message: 'No files chosen.' } });
        // In path order, as the desktop app walks.
        const path = (f: File) => f.webkitRelativePath || f.name;
        files.sort((x, y) => (path(x) < path(y) ? -1 : path(x) > path(y) ? 1 : 0));
        const walk = crypto.randomUUID();
        this.walks.set(walk, { files, next: 0 });
        done(this.folderPage(walk));
      });
      input.addEventListener('cancel', () => done({ ok: false, error: { code: 'cancelled', message: 'Cancelled.' } }));
      document.body.append(input);
      input.click();
    });
  }

  private folderPage(walk: string): HostResult<FolderPage> {
    const state = this.walks.get(walk);
    if (!state) return { ok: false, error: { code: 'not-found', message: 'This folder is no longer being read.' } };
    const slice = state.files.slice(state.next, state.next + WALK_PAGE_SIZE);
    state.next += slice.length;
    const done = state.next >= state.files.length;
    if (done) this.walks.delete(walk);
    const files = slice.map((f) => this.register(f.name, f.webkitRelativePath || '', { kind: 'blob', blob: f }));
    return ok({ walk, files, done });
  }

  async nextFolderPage(walk: string): Promise<HostResult<FolderPage>> {
    return this.folderPage(walk);
  }

  async endFolderWalk(walk: string): Promise<void> {
    this.walks.delete(walk);
  }

  async registerFiles(files: { name: string; relPath: string; data: Uint8Array }[]): Promise<HostResult<PickedFile[]>> {
    return ok(files.map((f) => this.register(f.name, f.relPath, { kind: 'bytes', bytes: f.data })));
  }

  async sampleFiles(): Promise<HostResult<PickedFile[]>> {
    try {
      const res = await fetch(new URL('samples/index.json', this.baseUrl));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const names = (await res.json()) as string[];
      return ok(
        names.map((name) =>
          this.register(name, '', {
            kind: 'url',
            url: new URL(`samples/${encodeURIComponent(name)}`, this.baseUrl).href,
          }),
        ),
      );
    } catch (err) {
      return {
        ok: false,
        error: { code: 'not-found', message: `The sample reports could not be loaded: ${String(err)}` },
      };
    }
  }

  private async readBytes(entry: Entry): Promise<Uint8Array> {
    const { source } = entry;
    if (source.kind === 'bytes') return source.bytes;
    if (source.kind === 'blob') return new Uint8Array(await source.blob.arrayBuffer());
    const res = await fetch(source.url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  async readFile(token: string): Promise<HostResult<Uint8Array>> {
    const entry = this.files.get(token);
    if (!entry) return { ok: false, error: { code: 'not-found', message: 'Unknown file.' } };
    try {
      return ok(await this.readBytes(entry));
    } catch (err) {
      return { ok: false, error: { code: 'io', message: `${entry.name}: ${String(err)}` } };
    }
  }

  /** Parse workers: one per core (at most two), each restarted after a crash, a time-out or Cancel. */
  private getPool(): ParsePool {
    if (this.pool) return this.pool;
    const size = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));
    this.pool = new ParsePool(
      (events): PoolWorker => {
        const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (e: MessageEvent<unknown>) => events.message(e.data);
        worker.onerror = (e) => {
          e.preventDefault();
          events.failed(e.message || 'it stopped unexpectedly');
        };
        return worker;
      },
      { size },
    );
    return this.pool;
  }

  async parseFile(token: string, options: ImportOptions = {}): Promise<HostResult<ParsedFile>> {
    const entry = this.files.get(token);
    if (!entry) return { ok: false, error: { code: 'not-found', message: 'Unknown file.' } };
    let bytes: Uint8Array;
    try {
      bytes = await this.readBytes(entry);
    } catch (err) {
      return { ok: false, error: { code: 'io', message: `${entry.name}: ${String(err)}` } };
    }
    const answer = await this.getPool().parse(bytes, entry.name, options);
    if (!answer.ok) return answer;
    return ok({ token, result: answer.result, bytes });
  }

  async cancelParsing(): Promise<void> {
    this.pool?.cancel();
  }

  async saveFile(request: SaveRequest): Promise<HostResult<{ path: string | null }>> {
    const blob = new Blob([request.data as BlobPart], { type: request.mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = request.suggestedName;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return ok({ path: null });
  }

  async releaseFiles(tokens: string[]): Promise<void> {
    for (const t of tokens) this.files.delete(t);
  }
}
