/**
 * Memory of the app's page with its search worker: the page's JS heap, the search
 * worker's (through a DevTools session on the worker target), and the renderer
 * process that runs both (Linux /proc: RSS, and PSS, which counts shared pages
 * such as Chromium's code once across processes). Each after a garbage collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

const mb = (bytes: number) => (bytes / 1e6).toFixed(0);

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  /** ArrayBuffers and strings held outside the V8 heap. */
  backingStorageSize?: number;
}

/** The search worker's heap after a GC, or null when no such worker runs. */
async function workerHeap(browser: Browser): Promise<HeapUsage | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.type === 'worker' && /search\.worker/.test(t.url));
    if (!target) return null;
    // A non-flat session: Playwright's CDP session cannot address a child session directly.
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
      sessionId: string;
    };
    let next = 1;
    const waiting = new Map<number, (v: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown };
      if (m.id !== undefined) waiting.get(m.id)?.(m.result);
    });
    const send = (method: string) =>
      new Promise<unknown>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await send('HeapProfiler.collectGarbage');
    return (await send('Runtime.getHeapUsage')) as HeapUsage;
  } finally {
    await cdp.detach();
  }
}

/** RSS and PSS (MB) of the renderer processes this Node process's browser started, largest first. */
function rendererMemory(): { rss: number; pss: number }[] {
  const parent = new Map<number, number>();
  const renderers: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('--type=renderer')) renderers.push(Number(d));
    } catch {
      // The process ended while the list was read.
    }
  }
  const ours = (pid: number) => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === process.pid) return true;
    return false;
  };
  const out: { rss: number; pss: number }[] = [];
  for (const pid of renderers.filter(ours)) {
    try {
      const roll = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(roll)?.[1] ?? 0) * 1024;
      out.push({ rss: kb('Rss'), pss: kb('Pss') });
    } catch {
      // Not readable here.
    }
  }
  return out.sort((a, b) => b.rss - a.rss);
}

export async function pageMemory(browser: Browser, page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const main = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  await cdp.detach();
  const worker = await workerHeap(browser);
  const proc = rendererMemory()[0];
  return (
    `page JS heap ${mb(main.usedSize)} MB; search worker JS heap ${worker ? `${mb(worker.usedSize)} MB + ${mb(worker.backingStorageSize ?? 0)} MB outside the heap (strings, buffers)` : 'n/a'}` +
    `; renderer process (page and its workers) ${proc ? `RSS ${mb(proc.rss)} MB, PSS ${mb(proc.pss)} MB` : 'n/a'} — after a GC (target ≤ 400 MB)`
  );
}
