/**
 * Which government a document reports for, and how the panel names it.
 * A government is its GB/T 2260 code, except for departments and townships,
 * which share their parent's code and are told apart by their publisher.
 * A document with no code (or a department with no publisher) cannot be
 * placed in the panel: it is left out and counted, never guessed.
 */
import type { DocumentRecord } from '../model/project';

export interface Government {
  /** Stable key: `330113`, or `330113|department|临平区司法局`. */
  id: string;
  /** A readable name: the county, city or province, or the publisher of a department or township. */
  name: string;
}

export function governmentOf(d: Pick<DocumentRecord, 'region' | 'level' | 'publisher'>): Government | null {
  const code = d.region.code;
  if (d.level === 'department' || d.level === 'township') {
    const publisher = d.publisher?.trim();
    if (!publisher) return null;
    return { id: `${code ?? ''}|${d.level}|${publisher}`, name: publisher };
  }
  if (!code) return null;
  const name = d.region.county ?? d.region.city ?? d.region.province ?? code;
  return { id: code, name };
}
