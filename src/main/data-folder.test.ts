import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataOverride } from './data-folder';

describe('userDataOverride', () => {
  it('uses FAZHI_USER_DATA when set, in development and packaged alike', () => {
    expect(userDataOverride({ FAZHI_USER_DATA: 'tmp/e2e-1' }, false, '/appdata')).toBe(resolve('tmp/e2e-1'));
    expect(userDataOverride({ FAZHI_USER_DATA: '/tmp/e2e-2' }, true, '/appdata')).toBe(resolve('/tmp/e2e-2'));
  });

  it('keeps development data apart from the installed app, and leaves the packaged default alone', () => {
    expect(userDataOverride({}, true, '/appdata')).toBe(join('/appdata', 'Fazhi Coder Dev'));
    expect(userDataOverride({ FAZHI_USER_DATA: '' }, false, '/appdata')).toBeNull();
  });
});
