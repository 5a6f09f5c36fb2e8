/** What the search view shows and asks for: plain data, no storage. */
import type { KwicRow, KwicSort } from '../../../../shared/search';

export type TermMode = 'any' | 'all-sentence' | 'all-paragraph';
export type SearchScope = 'project' | 'filtered';

export interface SearchForm {
  text: string;
  mode: TermMode;
  regex: boolean;
  strictScript: boolean;
  strictWidth: boolean;
  semicolons: boolean;
  scope: SearchScope;
}

export const DEFAULT_FORM: SearchForm = {
  text: '',
  mode: 'any',
  regex: false,
  strictScript: false,
  strictWidth: false,
  semicolons: false,
  scope: 'project',
};

export interface SearchState {
  rows: KwicRow[];
  perDoc: Map<string, number>;
  total: number;
  done: number;
  of: number;
  running: boolean;
  ms: number | null;
  error: string | null;
}

export type { KwicRow, KwicSort };

/** A row's key (for ticking hits). */
export const rowKey = (r: Pick<KwicRow, 'docId' | 'start' | 'end'>) => `${r.docId}:${r.start}:${r.end}`;

export interface AutocodeForm {
  codeId: string;
  unit: 'hit' | 'sentence' | 'paragraph';
  n: number;
}

export interface AutocodePreview {
  planning: boolean;
  segments: number;
  existing: number;
}

export interface CodeOption {
  id: string;
  label: string;
  color: string;
}
