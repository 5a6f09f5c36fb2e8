/** What the retrieval view lists and filters: plain data. */
export interface RetrievedSegment {
  id: string;
  docId: string;
  codeId: string;
  start: number;
  end: number;
  quote: string;
  memo: string;
  coder: string;
  origin: 'manual' | 'suggestion' | 'auto';
  autoQuery: string | null;
  category: string | null;
  heading: string | null;
}

export interface RetrievalCode {
  id: string;
  parentId: string | null;
  label: string;
  path: string;
  color: string;
  depth: number;
}

export type DocScope = 'project' | 'filtered' | 'cell';

export interface RetrievalFilter {
  /** Codes chosen; empty = every code. */
  codeIds: string[];
  withSubCodes: boolean;
  docScope: DocScope;
  coder: string | null;
  origin: RetrievedSegment['origin'] | null;
}

export const DEFAULT_FILTER: RetrievalFilter = {
  codeIds: [],
  withSubCodes: true,
  docScope: 'project',
  coder: null,
  origin: null,
};
