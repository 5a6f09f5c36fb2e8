/**
 * A page saved with the whole report twice (or a block of it repeated) keeps
 * one copy. A repeat is a run of at least three identical lines that together
 * are a substantial share of the text before it — so a sentence a report
 * legitimately says twice is left alone.
 */

const MIN_RUN = 3;
/** The repeated run must be at least this share of the text before it, in characters. */
const MIN_SHARE = 0.3;

/** `lines` without repeated blocks, and whether any were removed. */
export function dropRepeats(lines: string[]): { lines: string[]; repeated: boolean } {
  const firstAt = new Map<string, number>();
  const out: string[] = [];
  let repeated = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const j = firstAt.get(line);
    if (j !== undefined) {
      let run = 0;
      let chars = 0;
      // Compare against the kept lines, so a third copy also matches the first.
      while (i + run < lines.length && j + run < out.length && out[j + run] === lines[i + run]) {
        chars += lines[i + run]!.length;
        run++;
      }
      const before = out.reduce((n, l) => n + l.length, 0);
      if (run >= MIN_RUN && chars >= MIN_SHARE * before) {
        repeated = true;
        i += run;
        continue;
      }
    }
    if (!firstAt.has(line)) firstAt.set(line, out.length);
    out.push(line);
    i++;
  }
  return { lines: out, repeated };
}
