import { describe, expect, it } from 'vitest';
import {
  validateParseFile,
  validatePickFiles,
  validateRegisterFiles,
  validateReleaseFiles,
  validateSaveFile,
} from './validate';

describe('argument validators', () => {
  it('pickFiles needs {folder: boolean} and a known kind', () => {
    expect(validatePickFiles([{ folder: true }])).toEqual([{ folder: true, kind: 'reports' }]);
    expect(validatePickFiles([{ folder: false, kind: 'projects' }])).toEqual([{ folder: false, kind: 'projects' }]);
    expect(validatePickFiles([{ folder: false, kind: 'secrets' }])).toBeNull();
    expect(validatePickFiles([{ folder: 'yes' }])).toBeNull();
    expect(validatePickFiles([])).toBeNull();
    expect(validatePickFiles([null])).toBeNull();
  });

  it('registerFiles needs names, relPaths and bytes', () => {
    const data = new Uint8Array([1, 2]);
    expect(validateRegisterFiles([[{ name: 'a.txt', relPath: '', data }]])).toEqual([
      [{ name: 'a.txt', relPath: '', data }],
    ]);
    expect(validateRegisterFiles([[{ name: 'a.txt', relPath: '', data: [1, 2] }]])).toBeNull();
    expect(validateRegisterFiles([[{ name: 42, relPath: '', data }]])).toBeNull();
    expect(validateRegisterFiles([{ name: 'a.txt' }])).toBeNull();
  });

  it('parseFile keeps the encoding but never a pdf resource path from the page', () => {
    expect(validateParseFile(['tok'])).toEqual(['tok', {}]);
    expect(validateParseFile(['tok', { encoding: 'gb18030' }])).toEqual(['tok', { encoding: 'gb18030' }]);
    expect(validateParseFile(['tok', { pdf: { cMapUrl: '/etc/' } }])).toEqual(['tok', {}]);
    expect(validateParseFile(['tok', { encoding: 5 }])).toBeNull();
    expect(validateParseFile([{ token: 'tok' }])).toBeNull();
  });

  it('saveFile checks every field and the filter extensions', () => {
    const ok = {
      suggestedName: 'codes.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: new Uint8Array(1),
      mime: 'text/csv',
    };
    expect(validateSaveFile([ok])).toEqual([ok]);
    expect(validateSaveFile([{ ...ok, data: 'abc' }])).toBeNull();
    expect(validateSaveFile([{ ...ok, filters: [{ name: 'CSV', extensions: ['../x'] }] }])).toBeNull();
    expect(validateSaveFile([{ ...ok, filters: 'csv' }])).toBeNull();
    expect(validateSaveFile([{ ...ok, mime: undefined }])).toBeNull();
  });

  it('releaseFiles needs a list of strings', () => {
    expect(validateReleaseFiles([['a', 'b']])).toEqual([['a', 'b']]);
    expect(validateReleaseFiles([['a', 1]])).toBeNull();
    expect(validateReleaseFiles(['a'])).toBeNull();
  });
});
