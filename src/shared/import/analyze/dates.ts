import { calendarDate } from '../../model/metadata';

/**
 * A date written 2023-02-16, 2023/2/16, 2023.02.16 or 2023年2月16日, as YYYY-MM-DD; null when none,
 * or not a real day in the year range (the metadata editor's rule: model/metadata.ts).
 */
export function parseDate(value: string): string | null {
  const m = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(value);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
