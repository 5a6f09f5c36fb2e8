/** The small panel reports (two years of 临安区, one of 富阳区 that copies a paragraph) as stored documents. */
import { readFileSync } from 'node:fs';
import { importFile } from '../import/index';
import { toStoredDocument, type DocumentContent, type DocumentRecord } from '../model/project';

const dir = new URL('../../../e2e/fixtures/panel/', import.meta.url);
export const PANEL_FIXTURES = ['linan-2022.txt', 'linan-2023.txt', 'fuyang-2023.txt'] as const;

export interface Stored {
  record: DocumentRecord;
  content: DocumentContent;
}

export async function loadFixture(name: string, id = name): Promise<Stored> {
  const r = await importFile(new Uint8Array(readFileSync(new URL(name, dir))), name);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return toStoredDocument(r.document, { id, projectId: 'p', now: '2024-05-01T00:00:00.000Z' });
}

export async function loadPanelFixtures(): Promise<Stored[]> {
  return Promise.all(PANEL_FIXTURES.map((n) => loadFixture(n)));
}
