import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addVariable, removeVariable, setVariableValue } from './variable-commands';
import { roundTrip, setup } from './test-setup';

describe('custom variables', () => {
  it('adds a typed variable, sets and clears a value, removes it with its values; each undoable', async () => {
    const f = await setup();
    const add = addVariable({ projectId: f.project.id, name: '样本批次', type: 'number' }, f.ctx);
    await roundTrip(f, add);
    expect((await f.db.variables.get(add.variableId))?.type).toBe('number');

    await roundTrip(f, setVariableValue({ docId: f.doc.id, variableId: add.variableId, raw: '2' }, f.ctx));
    expect((await f.db.documents.get(f.doc.id))?.customValues?.[add.variableId]).toBe(2);

    await expect(
      f.manager.execute(setVariableValue({ docId: f.doc.id, variableId: add.variableId, raw: 'two' }, f.ctx)),
    ).resolves.toMatchObject({ ok: false });
    expect((await f.db.documents.get(f.doc.id))?.customValues?.[add.variableId]).toBe(2);

    await roundTrip(f, removeVariable(add.variableId, f.ctx));
    expect(await f.db.variables.get(add.variableId)).toBeUndefined();
    expect((await f.db.documents.get(f.doc.id))?.customValues?.[add.variableId]).toBeUndefined();
    await f.manager.undo();
    expect((await f.db.documents.get(f.doc.id))?.customValues?.[add.variableId]).toBe(2);
  });

  it('refuses a second variable of the same name', async () => {
    const f = await setup();
    await f.manager.execute(addVariable({ projectId: f.project.id, name: 'wave', type: 'text' }, f.ctx));
    const again = await f.manager.execute(addVariable({ projectId: f.project.id, name: 'wave', type: 'date' }, f.ctx));
    expect(again.ok).toBe(false);
  });
});
