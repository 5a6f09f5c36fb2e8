/**
 * Files the renderer may read, by token. The renderer never sees or sends a path:
 * it gets an opaque random token for each file the user picked (or dropped), and
 * main only ever reads files it handed out tokens for.
 */
import { randomUUID } from 'node:crypto';
import type { PickedFile } from '../../shared/ipc/contract';

export type RegisteredFile =
  | { name: string; relPath: string; size: number; path: string }
  | { name: string; relPath: string; size: number; bytes: Uint8Array };

export class FileRegistry {
  readonly #files = new Map<string, RegisteredFile>();

  constructor(private readonly newToken: () => string = randomUUID) {}

  /** Registers a file and returns what the renderer may know about it. */
  add(file: RegisteredFile): PickedFile {
    const token = this.newToken();
    this.#files.set(token, file);
    return { token, name: file.name, relPath: file.relPath, size: file.size };
  }

  get(token: string): RegisteredFile | undefined {
    return this.#files.get(token);
  }

  /** Forgets tokens (unknown ones are ignored); dropped files' bytes become collectable. */
  release(tokens: readonly string[]): void {
    for (const token of tokens) this.#files.delete(token);
  }

  get size(): number {
    return this.#files.size;
  }
}
