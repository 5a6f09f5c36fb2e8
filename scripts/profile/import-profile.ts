/**
 * Where an app import spends its time: imports `N` generated reports (argv[2],
 * default 1000) through the web edition's file picker with the page's CPU
 * profiler on (CDP Profiler), then prints the functions with the most self time
 * and writes the .cpuprofile (open it in Chromium's DevTools). A tool for
 * profiling, not part of `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseFiles } from '../bench-app/app';
import { load } from '../bench-app/stats';
import { withImportSession } from './import-session';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function top(profile: Profile, n: number): string[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
}

const count = Number(process.argv[2] ?? 1000);
await withImportSession(count, 'profile', async (page, paths) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = performance.now();
  await chooseFiles(page, paths);
  await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: 30 * 60_000 });
  const wall = performance.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const out = join(tmpdir(), `fazhi-import-${count}.cpuprofile`);
  writeFileSync(out, JSON.stringify(profile));
  console.log(
    `${count} reports in ${(wall / 1000).toFixed(1)} s (${((count * 1000) / wall).toFixed(1)}/s), load ${load()}`,
  );
  console.log(`profile: ${out}`);
  for (const line of top(profile, 40)) console.log(line);
});
