import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyCode } from '../commands/annotation-commands';
import { setup } from '../commands/test-setup';
import { storageMessages } from '../app/storage-messages';
import { dumpDb } from './testing';
import { storageFailure } from './errors';

describe('storage failures', () => {
  it('a database deleted under the running app gives storage-closed, and nothing half-written', async () => {
    const f = await setup();
    const before = await dumpDb(f.db);
    f.db.close();
    const r = await f.manager.execute(
      applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx),
    );
    expect(!r.ok && r.error.code).toBe('storage-closed');
    expect(f.manager.getState().canUndo).toBe(false);
    await f.db.open();
    expect(await dumpDb(f.db)).toEqual(before);
  });

  it('recognises a full disk behind a transaction abort, and tells the rest from bugs', () => {
    expect(storageFailure({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('storage-full');
    expect(storageFailure({ name: 'MissingAPIError' })).toBe('storage-unavailable');
    expect(storageFailure(new TypeError('x is undefined'))).toBeNull();
  });

  it('explains each failure in both languages with what to do next', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const code of ['storage-closed', 'storage-full', 'storage-unavailable'] as const) {
        expect(storageMessages[lang][code].length).toBeGreaterThan(40);
      }
    }
    expect(storageMessages.zh['storage-closed']).toContain('请重新加载页面');
    expect(storageMessages.en['storage-closed']).toContain('Reload the page');
  });
});
