/**
 * A folder of distinct reports for long-import specs: each is a bundled sample
 * report with its numbers shifted per file and a serial sentence of its own, so
 * no two have the same text (the importer would set duplicates aside).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES } from './app-page';

export function writeReportFolder(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const sources = ['dida-2022.txt', 'linping-2022.txt', 'chaoyang-ln-2024.txt'].map((f) =>
    readFileSync(join(SAMPLES, f), 'utf8'),
  );
  for (let i = 0; i < count; i++) {
    const shifted = sources[i % sources.length]!.replace(/\d+/g, (m) => String(Number(m) + (i % 97) + 1));
    const lines = shifted.split('\n');
    lines.splice(2, 0, `本报告为第${i + 1}号样本,编号${(i * 7919) % 100_003}。`);
    writeFileSync(join(dir, `report-${String(i + 1).padStart(4, '0')}.txt`), lines.join('\n'));
  }
}
