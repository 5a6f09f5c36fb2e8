import { describe, expect, it } from 'vitest';
import type { ImportSummary } from './run-import';
import { createSummaryStore } from './summary-store';

const summary: ImportSummary = {
  imported: [{ name: 'a.txt', relPath: '', docId: 'd1', title: 'A' }],
  duplicates: [],
  failed: [],
  cancelled: false,
  notProcessed: 0,
  startedAt: '2024-01-01T00:00:00.000Z',
  finishedAt: '2024-01-01T00:00:01.000Z',
};

describe('summary store', () => {
  it('keeps the last summary and tells subscribers until they unsubscribe', () => {
    const store = createSummaryStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.set(summary);
    expect(store.get()).toBe(summary);
    off();
    store.set(null);
    expect(store.get()).toBeNull();
    expect(calls).toBe(1);
  });
});
