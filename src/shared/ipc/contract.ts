/**
 * The one contract between the renderer and its host.
 *
 * The renderer only ever talks to a `HostApi`. The desktop app implements it in
 * preload + main (every method is one IPC channel, see `HOST_CHANNELS`); the web
 * edition implements it with file inputs, drag and drop, a Web Worker and downloads.
 * Errors cross as data (`HostResult`), never as thrown strings.
 */
import type { ImportOptions, ImportResult } from '../model/document';
import type { ErrorInfo, Result } from '../result';

export interface AppInfo {
  name: string;
  version: string;
  /** 'desktop' (Electron) or 'web' (the web edition in a browser). */
  edition: 'desktop' | 'web';
  platform: string;
  /** Preferred UI languages of the system, most preferred first (e.g. ['zh-CN', 'en']). */
  locales: string[];
  /** Where the data lives, for the About box (a folder for desktop, the origin for web). */
  dataLocation: string;
}

/** A file the user picked or dropped, not yet read. The token is only meaningful to the host that issued it. */
export interface PickedFile {
  token: string;
  name: string;
  /** Path relative to the picked folder ('' for single files). */
  relPath: string;
  size: number;
}

/** A page of a folder walk: the files found next, and whether the walk has ended. */
export interface FolderPage {
  /** The walk's cursor, for `nextFolderPage` and `endFolderWalk`. */
  walk: string;
  files: PickedFile[];
  done: boolean;
}

export interface PickRequest {
  folder: boolean;
  kind?: 'reports' | 'projects';
}

/** File name endings of project files the app opens (backup, REFI-QDA project and codebook). */
export const PROJECT_FILE_EXTENSIONS = ['fazhi', 'qdpx', 'qdc'] as const;

export type HostErrorCode = 'cancelled' | 'not-found' | 'io' | 'too-large' | 'denied' | 'internal';

/** What a host call answers: the one Result shape (shared/result.ts), with the host's error codes. */
export type HostError = ErrorInfo<HostErrorCode>;

export type HostResult<T> = Result<T, HostErrorCode>;

export interface SaveRequest {
  suggestedName: string;
  /** File type filters for the save dialog, e.g. [{ name: 'CSV', extensions: ['csv'] }]. */
  filters: { name: string; extensions: string[] }[];
  data: Uint8Array;
  mime: string;
}

/** A parsed file with the bytes it came from (the bytes are stored as the document's source). */
export interface ParsedFile {
  token: string;
  result: ImportResult;
  bytes: Uint8Array;
}

export interface HostApi {
  appInfo(): Promise<AppInfo>;
  /**
   * Open a file picker; with `folder`, pick a folder and list its files recursively.
   * `kind` 'projects' offers project files (.fazhi, .qdpx, .qdc) instead of reports.
   */
  pickFiles(request: PickRequest): Promise<HostResult<PickedFile[]>>;
  /**
   * Pick a folder and walk it lazily: answers its first page of files (at most a few
   * hundred) and a cursor; the host walks on only as `nextFolderPage` asks, so a crawl of
   * 30,000 files is never listed in one message or held whole by the renderer.
   */
  pickFolder(): Promise<HostResult<FolderPage>>;
  /** The next page of a folder walk. */
  nextFolderPage(walk: string): Promise<HostResult<FolderPage>>;
  /** Stop a walk before its end (the import was cancelled); the host forgets it. */
  endFolderWalk(walk: string): Promise<void>;
  /** Hand files the renderer already holds (drag and drop) to the host; returns their tokens. */
  registerFiles(files: { name: string; relPath: string; data: Uint8Array }[]): Promise<HostResult<PickedFile[]>>;
  /** The sample reports bundled with the app. */
  sampleFiles(): Promise<HostResult<PickedFile[]>>;
  /** Read and parse one picked file off the UI thread (main-process worker or Web Worker). */
  parseFile(token: string, options?: ImportOptions): Promise<HostResult<ParsedFile>>;
  /** The bytes of a picked file, unparsed (project files: backups and REFI-QDA projects). */
  readFile(token: string): Promise<HostResult<Uint8Array>>;
  /** Save bytes: a save dialog on desktop, a download on the web. */
  saveFile(request: SaveRequest): Promise<HostResult<{ path: string | null }>>;
  /** Forget tokens the renderer no longer needs (frees memory held by the host). */
  releaseFiles(tokens: string[]): Promise<void>;
  /** Stop every file being parsed now (the user cancelled the import); their parses answer 'cancelled'. */
  cancelParsing(): Promise<void>;
}

/** Channel names of the desktop bridge: one per HostApi method. */
export const HOST_CHANNELS = {
  appInfo: 'host:app-info',
  pickFiles: 'host:pick-files',
  pickFolder: 'host:pick-folder',
  nextFolderPage: 'host:next-folder-page',
  endFolderWalk: 'host:end-folder-walk',
  registerFiles: 'host:register-files',
  sampleFiles: 'host:sample-files',
  parseFile: 'host:parse-file',
  readFile: 'host:read-file',
  saveFile: 'host:save-file',
  releaseFiles: 'host:release-files',
  cancelParsing: 'host:cancel-parsing',
} as const satisfies Record<keyof HostApi, string>;

/** Request and response types per method, for the typed main-process handlers. */
export type HostRequest<K extends keyof HostApi> = Parameters<HostApi[K]>;
export type HostResponse<K extends keyof HostApi> = Awaited<ReturnType<HostApi[K]>>;

/** The global name under which preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'fazhiHost';

/** Menu items the desktop shell forwards to the renderer, on channel `MENU_CHANNEL`. */
export const MENU_COMMANDS = ['import-files', 'import-folder', 'export', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'menu:command';
/** Desktop-only extras the preload exposes beside HostApi (the web edition has no application menu). */
export interface DesktopExtras {
  /** Calls `callback` for each menu command; returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}
