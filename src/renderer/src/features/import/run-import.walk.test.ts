import { describe, expect, it } from 'vitest';
import type { FolderPage, HostResult, ParsedFile, PickedFile } from '../../../../shared/ipc/contract';
import { blankMeta } from '../../../../shared/model/document';
import { filterPages, restOfWalk } from './folder-walk';
import { runImport, type ImportProgress, type ImportSink } from './run-import';

const file = (i: number): PickedFile => ({ token: `t${i}`, name: `r${i}.txt`, relPath: `县级/r${i}.txt`, size: 1 });

/** A host that hands out `count` files in pages of `pageSize`, a little later each time, and parses any token. */
function walkingHost(count: number, pageSize: number, failAfter?: number) {
  const state = { asked: 0, ended: 0, released: [] as string[] };
  let next = 0;
  const page = (): FolderPage => {
    const files = Array.from({ length: Math.min(pageSize, count - next) }, (_, k) => file(next + k));
    next += files.length;
    return { walk: 'w1', files, done: next >= count };
  };
  const host = {
    async nextFolderPage(walk: string): Promise<HostResult<FolderPage>> {
      state.asked++;
      await new Promise((r) => setTimeout(r, 3));
      if (walk !== 'w1') return { ok: false, error: { code: 'not-found', message: 'unknown walk' } };
      if (failAfter !== undefined && next >= failAfter)
        return { ok: false, error: { code: 'denied', message: 'No permission to access 县级/2024.' } };
      return { ok: true, value: page() };
    },
    async endFolderWalk(): Promise<void> {
      state.ended++;
    },
    async parseFile(token: string): Promise<HostResult<ParsedFile>> {
      await new Promise((r) => setTimeout(r, 1));
      const text = `报告 ${token}`;
      const document = {
        ...blankMeta(),
        title: token,
        fileName: token,
        format: 'txt' as const,
        encoding: 'utf-8',
        sha256Bytes: `b:${token}`,
        sha256Text: `t:${token}`,
        text,
        simplified: null,
        headings: [],
        sections: [],
        paragraphs: [],
        sentences: [],
        warnings: [],
      };
      return { ok: true, value: { token, bytes: new Uint8Array([1]), result: { ok: true, document } } };
    },
    async releaseFiles(tokens: string[]): Promise<void> {
      state.released.push(...tokens);
    },
  };
  return { host, state, first: page };
}

function memorySink() {
  const stored: string[] = [];
  const sink: ImportSink = {
    async findDuplicate() {
      return null;
    },
    async store(parsed) {
      stored.push(parsed.fileName);
      return { docId: `d${stored.length}` };
    },
  };
  return { sink, stored };
}

describe('runImport over a folder walked page by page', () => {
  it('grows the queue as pages arrive, lists each page before its files, and says "found so far" until the end', async () => {
    const { host, state, first } = walkingHost(23, 5);
    const { sink, stored } = memorySink();
    const firstPage = first();
    const pages: number[] = [];
    const progress: ImportProgress[] = [];
    const summary = await runImport({
      host,
      files: firstPage.files,
      more: restOfWalk(host, firstPage),
      onPage: async (page) => {
        // Listed before any of its files is stored.
        expect(stored).not.toContain(page[0]!.token);
        pages.push(page.length);
      },
      sink,
      onProgress: (p) => progress.push(p),
      batch: { docs: 2 },
    });
    expect(stored).toEqual(Array.from({ length: 23 }, (_, i) => `t${i}`));
    expect(summary.imported).toHaveLength(23);
    expect(summary.cancelled).toBe(false);
    expect(pages).toEqual([5, 5, 5, 3]);
    const walkingTotals = progress.filter((p) => p.walking).map((p) => p.total);
    expect(walkingTotals[0]).toBe(5);
    expect(walkingTotals.some((t) => t > 5 && t < 23)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 23, total: 23, walking: false });
    expect(state.ended).toBe(0);
  });

  it('cancelled mid-walk: ends the walk, stores what was parsed, releases the rest', async () => {
    const { host, state, first } = walkingHost(1000, 10);
    const { sink, stored } = memorySink();
    const abort = new AbortController();
    const firstPage = first();
    const summary = await runImport({
      host,
      files: firstPage.files,
      more: restOfWalk(host, firstPage),
      sink,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done >= 25) abort.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(state.ended).toBe(1);
    expect(state.asked).toBeLessThan(100);
    expect(stored.length).toBeGreaterThanOrEqual(25);
    // Every token handed over (the first page and each one asked for, even the one on its way) is released.
    expect(new Set(state.released).size).toBe(10 * (1 + state.asked));
  });

  it('a walk that fails part way is one failure naming the folder; the files found are imported', async () => {
    const { host, first } = walkingHost(30, 4, 12);
    const { sink, stored } = memorySink();
    const firstPage = first();
    const summary = await runImport({ host, files: firstPage.files, more: restOfWalk(host, firstPage), sink });
    expect(stored).toHaveLength(12);
    expect(summary.failed).toEqual([
      { name: '县级', relPath: '', code: 'denied', message: 'No permission to access 县级/2024.' },
    ]);
  });

  it('a resumed walk keeps only the files still to import, page by page', async () => {
    const { host, first } = walkingHost(12, 4);
    const firstPage = first();
    const dropped: string[] = [];
    const more = filterPages(
      restOfWalk(host, firstPage)!,
      (f) => Number(f.token.slice(1)) % 3 === 0,
      (rest) => dropped.push(...rest.map((f) => f.token)),
    );
    const got: string[] = [];
    for (let p = await more.next(); !p.done; p = await more.next()) got.push(...p.value.map((f) => f.token));
    expect(got).toEqual(['t6', 't9']);
    expect(dropped).toEqual(['t4', 't5', 't7', 't8', 't10', 't11']);
  });
});
