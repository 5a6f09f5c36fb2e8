import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getMemoFor } from '../storage/memos';
import { setMemo } from './memo-commands';
import { roundTrip, setup } from './test-setup';

describe('setMemo', () => {
  it('creates, updates and deletes a document memo, each undoable', async () => {
    const f = await setup();
    const base = { projectId: f.project.id, targetType: 'document' as const, targetId: f.doc.id, author: 'li' };
    await roundTrip(f, setMemo({ ...base, text: '重复抓取' }, f.ctx));
    expect((await getMemoFor(f.db, f.project.id, 'document', f.doc.id))?.text).toBe('重复抓取');
    await roundTrip(f, setMemo({ ...base, text: '重复抓取,已清理' }, f.ctx));
    expect(await f.db.memos.count()).toBe(1);
    await roundTrip(f, setMemo({ ...base, text: '  ' }, f.ctx));
    expect(await getMemoFor(f.db, f.project.id, 'document', f.doc.id)).toBeUndefined();
  });

  it('keeps a project memo (no target id)', async () => {
    const f = await setup();
    await roundTrip(
      f,
      setMemo(
        { projectId: f.project.id, targetType: 'project', targetId: null, text: '抽样说明', author: 'li' },
        f.ctx,
      ),
    );
    expect((await getMemoFor(f.db, f.project.id, 'project', null))?.text).toBe('抽样说明');
  });
});
