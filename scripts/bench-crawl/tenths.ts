/** Reports per second over the first and the last tenth of a run, from (time, files done) samples. */
export interface Sample {
  t: number;
  done: number;
}

/** The time `done` first reached `n` (linear between samples); null if it never did. */
function timeAt(samples: readonly Sample[], n: number): number | null {
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    if (s.done < n) continue;
    const prev = samples[i - 1];
    if (!prev || s.done === prev.done) return s.t;
    return prev.t + ((n - prev.done) / (s.done - prev.done)) * (s.t - prev.t);
  }
  return null;
}

export function tenthRates(samples: readonly Sample[], total: number): { first: number | null; last: number | null } {
  const tenth = Math.max(1, Math.round(total / 10));
  const t0 = timeAt(samples, 0);
  const t1 = timeAt(samples, tenth);
  const t9 = timeAt(samples, total - tenth);
  const t10 = timeAt(samples, total);
  const rate = (a: number | null, b: number | null) =>
    a !== null && b !== null && b > a ? (tenth * 1000) / (b - a) : null;
  return { first: rate(t0, t1), last: rate(t9, t10) };
}

export const perSecond = (x: number | null): string => (x === null ? 'n/a' : `${x.toFixed(1)} reports/s`);
export const mb = (bytes: number | null): string => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
