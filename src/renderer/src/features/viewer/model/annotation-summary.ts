/** Counting and filtering the open document's annotations for the annotations list. */
export interface Countable {
  id: string;
  start: number;
  end: number;
  codeId: string;
}

/** Annotations per code id. */
export function countByCode(items: readonly Countable[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of items) counts.set(a.codeId, (counts.get(a.codeId) ?? 0) + 1);
  return counts;
}

/** The annotations to list: of one code (or all), in reading order, longer first at one start. */
export function listed<T extends Countable>(items: readonly T[], codeId: string | null): T[] {
  return items
    .filter((a) => codeId === null || a.codeId === codeId)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
}

/** The coders who coded these annotations, with their counts, by name ('' = no name, last). */
export function countByCoder(items: readonly { coder: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of items) counts.set(a.coder, (counts.get(a.coder) ?? 0) + 1);
  return [...counts].sort(([x], [y]) => (x === '' ? 1 : y === '' ? -1 : x.localeCompare(y, 'zh')));
}

/** One coder's annotations (null: everyone's). */
export function ofCoder<T extends { coder: string }>(items: readonly T[], coder: string | null): readonly T[] {
  return coder === null ? items : items.filter((a) => a.coder === coder);
}

/** A quote for the list: the first `max` characters, with an ellipsis when cut. */
export function shortQuote(quote: string, max = 60): string {
  const chars = [...quote.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
