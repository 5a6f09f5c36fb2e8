/** The codebook as a table: one row per code, with the column key the document dataset uses for it. */
import type { ProjectSnapshot } from '../../model/project';
import { sortCodeTree } from '../../codebook/tree';
import { describeCodes } from '../scope';
import type { Table } from '../table';

export const CODEBOOK_COLUMNS = [
  'id',
  'parent_id',
  'path',
  'name',
  'name_en',
  'description',
  'description_en',
  'color',
  'shortcut',
  'column_key',
] as const;

export function buildCodebookTable(snapshot: Pick<ProjectSnapshot, 'codes'>): Table {
  const info = describeCodes(snapshot.codes);
  const rows = sortCodeTree(snapshot.codes).map((c) => {
    const i = info.get(c.id)!;
    return {
      id: c.id,
      parent_id: c.parentId,
      path: i.path,
      name: c.name,
      name_en: c.nameEn,
      description: c.description,
      description_en: c.descriptionEn ?? null,
      color: c.color,
      shortcut: c.shortcut,
      column_key: i.key,
    };
  });
  return { name: 'codebook', columns: CODEBOOK_COLUMNS, rows };
}
