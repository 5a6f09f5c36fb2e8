import { describe, expect, it } from 'vitest';
import { customColumns, customValueOf, parseCustomValue } from './custom-variables';
import type { CustomVariable, DocumentRecord } from './project';

const v = (id: string, name: string, type: CustomVariable['type'], order = 0): CustomVariable => ({
  id,
  projectId: 'p',
  name,
  type,
  order,
  createdAt: '',
  updatedAt: '',
});

describe('custom variables', () => {
  it('reads each type from what was typed; blank is no value', () => {
    expect(parseCustomValue('text', '  第二轮 ')).toEqual({ ok: true, value: '第二轮' });
    expect(parseCustomValue('number', '1,250.5')).toEqual({ ok: true, value: 1250.5 });
    expect(parseCustomValue('number', 'abc')).toEqual({ ok: false, error: 'number' });
    expect(parseCustomValue('date', '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseCustomValue('date', '2023-02-31')).toEqual({ ok: false, error: 'date' });
    expect(parseCustomValue('boolean', '是')).toEqual({ ok: true, value: true });
    expect(parseCustomValue('boolean', 'no')).toEqual({ ok: true, value: false });
    expect(parseCustomValue('number', ' ')).toEqual({ ok: true, value: null });
  });

  it('treats a stored value of the wrong type as empty', () => {
    const doc = { customValues: { a: 'x', b: 3 } } as unknown as DocumentRecord;
    expect(customValueOf(doc, v('a', 'a', 'number'))).toBeNull();
    expect(customValueOf(doc, v('b', 'b', 'number'))).toBe(3);
  });

  it('names dataset columns var_<name> (ASCII, as Stata and R want), unique, in order', () => {
    const cols = customColumns([
      v('2', 'sample wave', 'text', 1),
      v('1', '编码员', 'text', 0),
      v('3', 'sample-wave', 'text', 2),
    ]);
    expect([...cols.values()]).toEqual(['var_1', 'var_sample_wave', 'var_sample_wave_2']);
  });
});
