/** A table ready to serialise: column names and rows keyed by them. */
import type { Cell } from './rows/segments';

export interface Table {
  /** Sheet name for formats with several sheets. */
  name: string;
  columns: readonly string[];
  rows: readonly Record<string, Cell>[];
}
