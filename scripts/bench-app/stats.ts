/** Small number helpers for the app benchmark's printout. */
import { loadavg } from 'node:os';

export function median(xs: readonly number[]): number | null {
  return percentile(xs, 50);
}

/** Nearest-rank percentile; null for no data. */
export function percentile(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))]!;
}

export const ms = (x: number | null | undefined, why = 'no data'): string =>
  x === null || x === undefined || !Number.isFinite(x) ? `n/a (${why})` : `${x.toFixed(0)} ms`;

export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

/** "ok" or "MISSED" against a target, or nothing when there is no figure. */
export function verdict(
  value: number | null | undefined,
  target: number,
  unit: string,
  higherIsBetter = false,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const ok = higherIsBetter ? value >= target : value <= target;
  return `${ok ? 'ok' : 'MISSED'} (target ${higherIsBetter ? '≥' : '≤'} ${target}${unit})`;
}

/**
 * Prints one section's figures, or "n/a (reason)" when it could not run: one failure
 * never hides the rest. `stack` prints the whole error; `loadAfter` the load average at its end.
 */
export async function section(
  title: string,
  body: () => Promise<string[]>,
  opts: { stack?: boolean; loadAfter?: boolean } = {},
): Promise<void> {
  console.log(`\n-- ${title} --`);
  const t0 = performance.now();
  try {
    for (const line of await body()) console.log(line);
  } catch (e) {
    const why = e instanceof Error ? (opts.stack ? (e.stack ?? e.message) : e.message.split('\n')[0]) : String(e);
    console.log(`n/a (${why})`);
  }
  const took = `section took ${((performance.now() - t0) / 1000).toFixed(0)} s`;
  console.log(`(${took}${opts.loadAfter ? `; load avg now ${load()}` : ''})`);
}
