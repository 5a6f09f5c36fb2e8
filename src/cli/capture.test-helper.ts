/** The CLI tests' view of a command's output: stdout and stderr written while a test runs, kept instead of printed. */
import { vi } from 'vitest';

export interface Captured {
  /** Each write, in order. */
  out: string[];
  err: string[];
  /** All of it as one string. */
  stdout(): string;
  stderr(): string;
}

/** Starts capturing; the test file restores the writers with `afterEach(() => vi.restoreAllMocks())`. */
export function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err, stdout: () => out.join(''), stderr: () => err.join('') };
}
