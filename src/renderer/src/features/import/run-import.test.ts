import { describe, expect, it } from 'vitest';
import type { HostResult, ParsedFile, PickedFile } from '../../../../shared/ipc/contract';
import { blankMeta, type ImportErrorCode, type ParsedDocument } from '../../../../shared/model/document';
import { importDuplicatesAnyway, runImport, type ImportProgress, type ImportSink } from './run-import';

type Spec = { text: string; title?: string } | { error: ImportErrorCode } | { hostError: 'io' } | { throws: true };

function parsedDoc(name: string, text: string, title: string | null): ParsedDocument {
  return {
    ...blankMeta(),
    title,
    fileName: name,
    format: 'txt',
    encoding: 'utf-8',
    sha256Bytes: `bytes:${text}`,
    sha256Text: `text:${text}`,
    text,
    simplified: null,
    headings: [],
    sections: [],
    paragraphs: [],
    sentences: [],
    warnings: [],
  };
}

/** A host that parses from a table, records concurrency, and can run a hook as each parse starts. */
function fakeHost(specs: Record<string, Spec>, onParse?: (token: string) => void) {
  const state = { inFlight: 0, maxInFlight: 0, parsed: [] as string[], released: [] as string[] };
  const host = {
    async parseFile(token: string): Promise<HostResult<ParsedFile>> {
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      state.parsed.push(token);
      onParse?.(token);
      // Later files finish sooner, so the runner must reorder to store in picked order.
      await new Promise((r) => setTimeout(r, 5 - Math.min(4, state.parsed.length)));
      state.inFlight--;
      const spec = specs[token]!;
      const bytes = new Uint8Array([1, 2, 3]);
      if ('throws' in spec) throw new Error('worker crashed');
      if ('hostError' in spec) return { ok: false, error: { code: 'io', message: `cannot read ${token}` } };
      if ('error' in spec) {
        return {
          ok: true,
          value: {
            token,
            bytes,
            result: { ok: false, fileName: token, error: { code: spec.error, message: `${token}: ${spec.error}` } },
          },
        };
      }
      return {
        ok: true,
        value: { token, bytes, result: { ok: true, document: parsedDoc(token, spec.text, spec.title ?? null) } },
      };
    },
    async releaseFiles(tokens: string[]): Promise<void> {
      state.released.push(...tokens);
    },
  };
  return { host, state };
}

/** A sink over an in-memory list; `existing` are documents already in the project. */
function fakeSink(existing: { text: string; title: string }[] = [], failOn?: string) {
  const stored: { docId: string; title: string | null; sha: string }[] = existing.map((e, i) => ({
    docId: `old${i}`,
    title: e.title,
    sha: `text:${e.text}`,
  }));
  const sink: ImportSink = {
    async findDuplicate(sha) {
      const hit = stored.find((s) => s.sha === sha);
      return hit ? { docId: hit.docId, title: hit.title } : null;
    },
    async store(parsed) {
      if (parsed.fileName === failOn) throw new Error('quota exceeded');
      const docId = `doc${stored.length}`;
      stored.push({ docId, title: parsed.title, sha: parsed.sha256Text });
      return { docId };
    },
  };
  return { sink, stored };
}

const picked = (...names: string[]): PickedFile[] =>
  names.map((n) => ({ token: n, name: n, relPath: `reports/${n}`, size: 10 }));

describe('runImport', () => {
  it('imports files in picked order with at most `concurrency` parses in flight', async () => {
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    const { host, state } = fakeHost(Object.fromEntries(names.map((n) => [n, { text: n, title: `T ${n}` }])));
    const { sink, stored } = fakeSink();
    const summary = await runImport({ host, files: picked(...names), sink, concurrency: 2 });
    expect(summary.imported.map((x) => x.name)).toEqual(names);
    expect(summary.imported[0]).toEqual({ name: 'a.txt', relPath: 'reports/a.txt', docId: 'doc0', title: 'T a.txt' });
    expect(stored.map((s) => s.title)).toEqual(names.map((n) => `T ${n}`));
    expect(state.maxInFlight).toBe(2);
    expect(summary.cancelled).toBe(false);
    expect(state.released.sort()).toEqual(names);
  });

  it('uses the file name as title when the parser found none', async () => {
    const { host } = fakeHost({ 'x.html': { text: 'x' } });
    const summary = await runImport({ host, files: picked('x.html'), sink: fakeSink().sink });
    expect(summary.imported[0]?.title).toBe('x.html');
  });

  it('skips duplicates of documents already in the project, and of earlier files in the batch', async () => {
    const { host, state } = fakeHost({ 'a.txt': { text: 'same' }, 'b.txt': { text: 'new' }, 'c.txt': { text: 'new' } });
    const { sink, stored } = fakeSink([{ text: 'same', title: '2023年法治政府建设报告' }]);
    const summary = await runImport({ host, files: picked('a.txt', 'b.txt', 'c.txt'), sink });
    expect(summary.imported.map((x) => x.name)).toEqual(['b.txt']);
    expect(summary.duplicates).toEqual([
      {
        name: 'a.txt',
        relPath: 'reports/a.txt',
        token: 'a.txt',
        existingTitle: '2023年法治政府建设报告',
        existingId: 'old0',
        kind: 'same-text',
      },
      {
        name: 'c.txt',
        relPath: 'reports/c.txt',
        token: 'c.txt',
        existingTitle: '',
        existingId: 'doc1',
        kind: 'same-text',
      },
    ]);
    expect(stored).toHaveLength(2);
    // Duplicates stay registered so they can be imported anyway.
    expect(state.released).toEqual(['b.txt']);
  });

  it('imports duplicates when asked to', async () => {
    const { host } = fakeHost({ 'a.txt': { text: 'same' } });
    const { sink, stored } = fakeSink([{ text: 'same', title: 'old' }]);
    const summary = await runImport({ host, files: picked('a.txt'), sink, options: { importDuplicates: true } });
    expect(summary.imported).toHaveLength(1);
    expect(summary.duplicates).toHaveLength(0);
    expect(stored).toHaveLength(2);
  });

  it('records each failure with its reason and carries on', async () => {
    const { host } = fakeHost({
      'old.doc': { error: 'legacy-word' },
      'scan.pdf': { error: 'scanned-pdf' },
      'gone.txt': { hostError: 'io' },
      'crash.txt': { throws: true },
      'full.txt': { text: 'full' },
      'ok.txt': { text: 'ok' },
    });
    const { sink } = fakeSink([], 'full.txt');
    const files = picked('old.doc', 'scan.pdf', 'gone.txt', 'crash.txt', 'full.txt', 'ok.txt');
    const summary = await runImport({ host, files, sink });
    expect(summary.failed.map((f) => [f.name, f.code])).toEqual([
      ['old.doc', 'legacy-word'],
      ['scan.pdf', 'scanned-pdf'],
      ['gone.txt', 'io'],
      ['crash.txt', 'internal'],
      ['full.txt', 'store-failed'],
    ]);
    expect(summary.failed[0]).toEqual({
      name: 'old.doc',
      relPath: 'reports/old.doc',
      code: 'legacy-word',
      message: 'old.doc: legacy-word',
    });
    expect(summary.failed[4]?.message).toBe('quota exceeded');
    expect(summary.imported.map((x) => x.name)).toEqual(['ok.txt']);
  });

  it('reports progress: the count, the file being read, the tallies, and at the end all of them', async () => {
    const { host } = fakeHost({ 'a.txt': { text: 'a' }, 'b.doc': { error: 'legacy-word' }, 'c.txt': { text: 'a' } });
    const events: ImportProgress[] = [];
    await runImport({
      host,
      files: picked('a.txt', 'b.doc', 'c.txt'),
      sink: fakeSink().sink,
      onProgress: (p) => events.push(p),
    });
    expect(events[0]).toMatchObject({ done: 0, total: 3, current: 'a.txt' });
    expect(events.at(-1)).toMatchObject({ done: 3, total: 3, current: 'c.txt', imported: 1, duplicates: 1, failed: 1 });
    const counts = events.map((e) => e.done);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
  });

  it('reports a rate and the time left once it has run for a while', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `r${i}.txt`);
    const specs = Object.fromEntries(names.map((n) => [n, { text: n }]));
    const slow = {
      ...fakeHost(specs).host,
      async parseFile(token: string) {
        await new Promise((r) => setTimeout(r, 50));
        return fakeHost(specs).host.parseFile(token);
      },
    };
    const events: ImportProgress[] = [];
    await runImport({
      host: slow,
      files: picked(...names),
      sink: fakeSink().sink,
      concurrency: 1,
      onProgress: (p) => events.push(p),
    });
    const rated = events.filter((e) => e.rate);
    expect(rated.length).toBeGreaterThan(0);
    // One file per ~50 ms: about 20 files a second (wide bounds: the machine is shared).
    expect(rated.at(-1)!.rate).toBeGreaterThan(5);
    expect(rated.at(-1)!.rate).toBeLessThan(25);
    const mid = rated[0]!;
    expect(mid.secondsLeft).toBeCloseTo((30 - mid.done) / mid.rate!, 5);
  });

  it('stops on cancel, leaving exactly the files completed before it', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const controller = new AbortController();
    const { host, state } = fakeHost(Object.fromEntries(names.map((n) => [n, { text: n }])), (token) => {
      // The user cancels while 'c' is being parsed.
      if (token === 'd') controller.abort();
    });
    const { sink, stored } = fakeSink();
    const summary = await runImport({ host, files: picked(...names), sink, signal: controller.signal, concurrency: 2 });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported.map((x) => x.name)).toEqual(['a', 'b']);
    expect(stored).toHaveLength(2);
    expect(summary.notProcessed).toBe(4);
    expect(state.parsed).not.toContain('e');
    expect(state.released.sort()).toEqual(names);
  });

  it('imports duplicates anyway from a summary, leaving the others listed', async () => {
    const { host, state } = fakeHost({ 'a.txt': { text: 'one' }, 'b.txt': { text: 'two' } });
    const { sink, stored } = fakeSink([
      { text: 'one', title: 'Old one' },
      { text: 'two', title: 'Old two' },
    ]);
    const first = await runImport({ host, files: picked('a.txt', 'b.txt'), sink });
    expect(first.duplicates).toHaveLength(2);
    const next = await importDuplicatesAnyway({ host, sink, summary: first, which: [first.duplicates[1]!] });
    expect(next.imported.map((x) => x.name)).toEqual(['b.txt']);
    expect(next.duplicates.map((d) => d.name)).toEqual(['a.txt']);
    expect(stored).toHaveLength(3);
    expect(state.released).toContain('b.txt');
    expect(state.released).not.toContain('a.txt');
  });
});

/** A sink that stores in batches and keeps a resumable queue, as the app's does. */
function batchSink(failBatchOver = Infinity, failName?: string) {
  const state = { batches: [] as string[][], stored: [] as string[], settled: [] as string[] };
  const sink: ImportSink = {
    async findDuplicate(sha) {
      return state.stored.includes(sha.replace('text:', '')) ? { docId: 'x', title: null } : null;
    },
    async store() {
      throw new Error('storeMany is used');
    },
    async storeMany(items) {
      if (items.length > failBatchOver || items.some((i) => i.parsed.fileName === failName))
        throw new Error('batch refused');
      state.batches.push(items.map((i) => i.key));
      state.stored.push(...items.map((i) => i.parsed.text));
      return items.map((i) => ({ docId: `id-${i.parsed.fileName}` }));
    },
    async settle(keys) {
      state.settled.push(...keys);
    },
  };
  return { sink, state };
}

describe('runImport in batches', () => {
  it('stores documents several per transaction, in order, and settles the files that failed', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, '0')}.txt`);
    const specs: Record<string, Spec> = Object.fromEntries(names.map((n) => [n, { text: n }]));
    specs['r03.txt'] = { error: 'empty' };
    specs['r07.txt'] = { text: 'r01.txt' }; // same text as r01
    const { host } = fakeHost(specs);
    const { sink, state } = batchSink();
    const summary = await runImport({ host, files: picked(...names), sink, batch: { docs: 5 } });
    expect(state.batches.map((b) => b.length)).toEqual([5, 5]);
    expect(state.batches.flat()).toEqual(
      names.filter((n) => n !== 'r03.txt' && n !== 'r07.txt').map((n) => `reports/${n}\u000010`),
    );
    expect(summary.imported.map((x) => x.name)).toEqual(names.filter((n) => n !== 'r03.txt' && n !== 'r07.txt'));
    expect(summary.duplicates.map((d) => d.name)).toEqual(['r07.txt']);
    // The duplicate r07 is not settled: it stays pending until the user has seen the summary.
    expect(state.settled.sort()).toEqual(['reports/r03.txt\u000010']);
  });

  it('retries a refused batch one document at a time, so only the bad one fails', async () => {
    const names = ['a.txt', 'b.txt', 'c.txt'];
    const { host } = fakeHost(Object.fromEntries(names.map((n) => [n, { text: n }])));
    const { sink, state } = batchSink(1, 'b.txt');
    const summary = await runImport({ host, files: picked(...names), sink });
    expect(summary.imported.map((x) => x.name)).toEqual(['a.txt', 'c.txt']);
    expect(summary.failed).toMatchObject([{ name: 'b.txt', code: 'store-failed', message: 'batch refused' }]);
    expect(state.settled).toEqual(['reports/b.txt\u000010']);
  });

  it('cancels within a second while a file takes long to parse, stores what was parsed and stops the host', async () => {
    const specs: Record<string, Spec> = {
      'a.txt': { text: 'a' },
      'slow.pdf': { text: 'slow' },
      'c.txt': { text: 'c' },
    };
    const base = fakeHost(specs).host;
    let cancelled = 0;
    const controller = new AbortController();
    const host = {
      ...base,
      async parseFile(token: string) {
        if (token === 'slow.pdf') await new Promise((r) => setTimeout(r, 5000));
        return base.parseFile(token);
      },
      async cancelParsing() {
        cancelled++;
      },
    };
    const { sink, state } = batchSink();
    setTimeout(() => controller.abort(), 100);
    const t0 = performance.now();
    const summary = await runImport({
      host,
      files: picked('a.txt', 'slow.pdf', 'c.txt'),
      sink,
      signal: controller.signal,
    });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(cancelled).toBe(1);
    expect(summary).toMatchObject({ cancelled: true, notProcessed: 2 });
    expect(state.stored).toEqual(['a']);
  });
});
