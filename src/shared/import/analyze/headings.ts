/**
 * Headings from their numbering: 一、 (level 1), (一)/（一） (level 2),
 * 1. 1、 1． (level 3), (1)/（1） (level 4). A heading may run on into its body
 * on the same line; then the heading is the line's prefix up to its first full stop
 * (or a sensible length). Inline enumerations (一是…二是…) are not headings.
 */

const NUM_CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { level: number; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^${NUM_CN}\\s*(?:[、．]|\\.(?!\\d))`) },
  { level: 2, re: new RegExp(`^[(（]\\s*${NUM_CN}\\s*[)）]`) },
  // 1. but not 1.5 or 2022.3 (a number that starts a sentence).
  { level: 3, re: /^\d{1,2}\s*(?:[、．]|\.(?!\d))/ },
  { level: 4, re: /^[(（]\s*\d{1,2}\s*[)）]/ },
];

/** Longest a heading that has no full stop may be before it counts as run-on prose. */
const MAX_HEADING = 60;

export interface LineHeading {
  level: number;
  /** Length of the heading part, in UTF-16 units of the line (a prefix of the line). */
  length: number;
}

/** The heading a line starts with, or null. */
export function lineHeading(line: string): LineHeading | null {
  let level = 0;
  let numberLength = 0;
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (m) {
      level = p.level;
      numberLength = m[0].length;
      break;
    }
  }
  if (!level) return null;
  const rest = line.slice(numberLength);
  // A bare number ("一、") is no heading.
  if (!/\S/.test(rest)) return null;
  // The heading ends at its first sentence stop, kept as part of the heading.
  const stop = /[。！？!?；;]/.exec(rest);
  if (stop && stop.index < MAX_HEADING) return { level, length: numberLength + stop.index + 1 };
  if (line.length <= MAX_HEADING) return { level, length: line.length };
  // A long run-on line without an early full stop: cut at a colon or comma if one comes early enough.
  const soft = /[：:，,]/.exec(rest);
  if (soft && soft.index < 40) return { level, length: numberLength + soft.index };
  return { level, length: numberLength + Math.min(rest.length, 30) };
}
