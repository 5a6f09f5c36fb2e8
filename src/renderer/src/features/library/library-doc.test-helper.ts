/** A library row for the library's model tests: blank metadata, then whatever the test sets. */
import { blankMeta } from '../../../../shared/model/document';
import type { DocumentRecord } from '../../../../shared/model/project';

export function doc(id: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    projectId: 'p',
    ...blankMeta(),
    fileName: `${id}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    sha256Bytes: '',
    sha256Text: '',
    length: 100,
    warnings: [],
    addedAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}
