/** `fazhi import --project` over a generated crawl, as a child process: rate per tenth and peak memory (VmHWM). */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { writeImportCorpus } from '../bench-app/corpus';
import { ROOT } from '../bench-app/server';
import { load, verdict } from '../bench-app/stats';
import { mb, perSecond, tenthRates, type Sample } from './tenths';

/** Peak resident memory of a process so far, in bytes (Linux), or null. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export async function cliCrawl(dir: string, count: number): Promise<string[]> {
  const t0 = performance.now();
  const { chars } = writeImportCorpus(join(dir, 'reports'), count);
  const generated = performance.now() - t0;
  const out = join(dir, 'crawl.fazhi');
  const loadBefore = load();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/fazhi.mjs'), 'import', '--jobs', '2', '--project', out, join(dir, 'reports')],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid!;
  const start = performance.now();
  const samples: Sample[] = [{ t: start, done: 0 }];
  let done = 0;
  let failed = 0;
  let peak = 0;
  let stderr = '';
  const poll = setInterval(() => (peak = Math.max(peak, peakRss(pid) ?? 0)), 200);
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout });
  let wrote = '';
  let wroteAt = 0;
  lines.on('line', (line) => {
    if (line.startsWith('Wrote ')) {
      wrote = line;
      wroteAt = performance.now();
    } else if (line.startsWith('  ERROR')) failed++;
    else if (line && !line.startsWith(' ')) {
      done++;
      samples.push({ t: performance.now(), done });
    }
    peak = Math.max(peak, peakRss(pid) ?? 0);
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  const wall = performance.now() - start;
  const { first, last } = tenthRates(samples, count);
  const size = (() => {
    try {
      return statSync(out).size;
    } catch {
      return null;
    }
  })();
  return [
    `corpus: ${count} TXT/HTML reports, ${(chars / 1e6).toFixed(0)} M characters (generated in ${(generated / 1000).toFixed(0)} s); load avg before ${loadBefore}`,
    `exit ${code}; ${done} files listed, ${failed} failed; ${wrote || 'no project written'}${stderr ? `; stderr: ${stderr.trim().slice(0, 200)}` : ''}`,
    `wall ${(wall / 1000).toFixed(1)} s: ${perSecond((done * 1000) / wall)} overall; project file ${mb(size)}`,
    `first tenth: ${perSecond(first)}; last tenth: ${perSecond(last)}; all files parsed and added after ${((samples.at(-1)!.t - start) / 1000).toFixed(1)} s, project.json written in ${wroteAt ? ((wroteAt - samples.at(-1)!.t) / 1000).toFixed(1) : 'n/a'} s more`,
    `CLI peak memory (VmHWM, main + worker threads): ${mb(peak || null)}  ${verdict(peak / 1024 / 1024, 1024, ' MB')}`,
  ];
}
