/**
 * The one shape of a result that can fail: `{ ok: true, value }` or
 * `{ ok: false, error: { code, message } }`. `code` is for the program (the UI
 * translates by it), `message` an English sentence naming the file or row and the
 * reason. Errors cross every boundary as data (IPC, workers, the CLI), never as throws.
 */
export interface ErrorInfo<C extends string = string> {
  code: C;
  message: string;
}

export type Result<T, C extends string = string> = { ok: true; value: T } | { ok: false; error: ErrorInfo<C> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <C extends string>(code: C, message: string): { ok: false; error: ErrorInfo<C> } => ({
  ok: false,
  error: { code, message },
});
