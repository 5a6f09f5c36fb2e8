/**
 * A folder of distinct reports for long-import specs: each draws its own
 * selection of lines from the bundled sample reports (a seeded shuffle) and
 * carries a serial sentence, so no two have the same text and none is near
 * enough to another to count as the same report.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES } from './app-page';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeReportFolder(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const pool = ['dida-2022.txt', 'linping-2022.txt', 'chaoyang-ln-2024.txt']
    .flatMap((f) => readFileSync(join(SAMPLES, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length >= 20);
  for (let i = 0; i < count; i++) {
    const next = random(i * 7919 + 1);
    const lines = [`第${i + 1}号县2022年法治政府建设年度报告`, `本报告为第${i + 1}号样本。`];
    for (let k = 0; k < 30; k++) lines.push(pool[Math.floor(next() * pool.length)]!);
    writeFileSync(join(dir, `report-${String(i + 1).padStart(4, '0')}.txt`), `${lines.join('\n')}\n`);
  }
}
