/** The web edition, built if needed and served by `vite preview` on a free port for the benchmark. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INDEX = `${ROOT}out/web/index.html`;

/** Builds out/web when it is missing; returns a note on the build used. */
export function ensureBuild(): string {
  if (!existsSync(INDEX)) {
    const t0 = performance.now();
    execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts'], { cwd: ROOT, stdio: 'ignore' });
    return `built now in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  }
  // An existing build is used as is: it may predate edits in the working tree.
  return `existing build of ${statSync(INDEX).mtime.toISOString()}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Server {
  url: string;
  stop(): void;
}

export async function serve(timeoutMs = 30_000): Promise<Server> {
  const port = await freePort();
  // Its own process group, so stopping it also stops the node process npx starts.
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs / 1000} s`);
}
