import { describe, expect, it } from 'vitest';
import { filterSegments } from './filter-segments';
import { DEFAULT_FILTER, type RetrievalCode, type RetrievedSegment } from './types';

const codes: RetrievalCode[] = [
  { id: 'm', parentId: null, label: 'm', path: 'm', color: '#000', depth: 0 },
  { id: 'm1', parentId: 'm', label: 'm1', path: 'm/m1', color: '#000', depth: 1 },
  { id: 's', parentId: null, label: 's', path: 's', color: '#000', depth: 0 },
];
const seg = (id: string, docId: string, codeId: string, coder: string, origin: RetrievedSegment['origin']) =>
  ({
    id,
    docId,
    codeId,
    coder,
    origin,
    start: 0,
    end: 1,
    quote: '',
    memo: '',
    autoQuery: null,
    category: null,
    heading: null,
  }) satisfies RetrievedSegment;
const rows = [
  seg('1', 'a', 'm', 'li', 'manual'),
  seg('2', 'a', 'm1', 'wang', 'auto'),
  seg('3', 'b', 's', 'li', 'manual'),
];

describe('retrieval filter', () => {
  it('filters by code with or without sub-codes, documents, coder and origin', () => {
    const ids = (f: Partial<typeof DEFAULT_FILTER>, docs: Set<string> | null = null) =>
      filterSegments(rows, codes, { ...DEFAULT_FILTER, ...f }, docs).map((r) => r.id);
    expect(ids({})).toEqual(['1', '2', '3']);
    expect(ids({ codeIds: ['m'] })).toEqual(['1', '2']);
    expect(ids({ codeIds: ['m'], withSubCodes: false })).toEqual(['1']);
    expect(ids({}, new Set(['b']))).toEqual(['3']);
    expect(ids({ coder: 'li' })).toEqual(['1', '3']);
    expect(ids({ origin: 'auto' })).toEqual(['2']);
  });
});
