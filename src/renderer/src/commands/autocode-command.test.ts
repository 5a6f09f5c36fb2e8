import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { compileQuery, planAutocode, searchText } from '../../../shared/search';
import { cpSlice } from '../../../shared/text/codepoints';
import { listAnnotations } from '../storage/annotations';
import { getContent } from '../storage/documents';
import { applyCode } from './annotation-commands';
import { autocode } from './autocode-command';
import { codeByName, roundTrip, setup } from './test-setup';

describe('autocode', () => {
  it('codes every planned segment as one undo step, origin auto with its query, skipping existing codings', async () => {
    const f = await setup();
    const code = codeByName(f, '主要举措和成效');
    const content = (await getContent(f.db, f.doc.id))!;
    const q = compileQuery({ terms: ['法治', '执法'], match: 'any' });
    if (!q.ok) throw new Error('query');
    const hits = searchText({ text: content.text }, q.compiled);
    expect(hits.length).toBeGreaterThan(1);
    const plan = planAutocode([{ docId: f.doc.id, text: content.text, hits }], { unit: 'sentence' }, []);
    const segments = plan.segments.map((s) => ({ ...s, quote: cpSlice(content.text, s.start, s.end) }));
    // One of them is coded by hand first: autocoding must not code it again.
    const first = segments[0]!;
    expect(
      await f.manager.execute(
        applyCode({ docId: f.doc.id, start: first.start, end: first.end, codeId: code.id, coder: 'li' }, f.ctx),
      ),
    ).toEqual({ ok: true });
    const cmd = autocode({ codeId: code.id, coder: 'li', autoQuery: '法治 执法 [sentence]', segments }, f.ctx);
    await roundTrip(f, cmd);
    expect(cmd.count()).toBe(segments.length - 1);
    const auto = (await listAnnotations(f.db, f.doc.id)).filter((a) => a.origin === 'auto');
    expect(auto).toHaveLength(segments.length - 1);
    for (const a of auto) {
      expect(a.autoQuery).toBe('法治 执法 [sentence]');
      expect(a.quote).toBe(cpSlice(content.text, a.start, a.end));
      expect(a.quote).toMatch(/法治|执法/);
    }
    // Undo takes the whole autocoding back in one step; the hand-made coding stays.
    expect(await f.manager.undo()).toEqual({ ok: true });
    expect((await listAnnotations(f.db, f.doc.id)).map((a) => a.origin)).toEqual(['manual']);
  });

  it('refuses segments outside the text and a run with nothing new', async () => {
    const f = await setup();
    const codeId = f.codes[0]!.id;
    const bad = autocode(
      {
        codeId,
        coder: 'li',
        autoQuery: 'x',
        segments: [{ docId: f.doc.id, start: 0, end: f.doc.length + 1, quote: '' }],
      },
      f.ctx,
    );
    expect(await f.manager.execute(bad)).toMatchObject({ ok: false, error: { code: 'range' } });
    const seg = { docId: f.doc.id, start: 0, end: 2, quote: '' };
    expect(await f.manager.execute(autocode({ codeId, coder: 'li', autoQuery: 'x', segments: [seg] }, f.ctx))).toEqual({
      ok: true,
    });
    expect(
      await f.manager.execute(autocode({ codeId, coder: 'li', autoQuery: 'x', segments: [seg] }, f.ctx)),
    ).toMatchObject({
      ok: false,
      error: { code: 'empty' },
    });
  });
});
