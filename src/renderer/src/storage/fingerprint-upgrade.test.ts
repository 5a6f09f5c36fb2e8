import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../shared/import';
import { projectBandKeys, reportFingerprint } from '../../../shared/import/same-report';
import type { ParsedDocument } from '../../../shared/model/document';
import { toStoredDocument } from '../../../shared/model/project';
import { openDb } from './db';
import { findSameReportDocument } from './documents';
import chaoyangTxt from '../../../../resources/samples/chaoyang-ln-2024.txt?raw';
import linpingHtml from '../../../../resources/samples/linping-2022.html?raw';
import linpingTxt from '../../../../resources/samples/linping-2022.txt?raw';

/** The schema as version 2 shipped it: no fingerprints, no nearKeys index. */
const V2 = {
  projects: 'id, name',
  documents: 'id, projectId, [projectId+sha256Text], [projectId+addedAt]',
  contents: 'docId',
  files: 'docId',
  codes: 'id, projectId, parentId',
  annotations: 'id, projectId, docId, codeId, [docId+codeId]',
  memos: 'id, projectId, [targetType+targetId]',
  decisions: 'id, docId',
  prefs: 'key',
  changes: '++seq, projectId, [projectId+state+seq]',
};

async function parse(text: string, name: string): Promise<ParsedDocument> {
  const r = await importFile(new TextEncoder().encode(text), name);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

/** The chaoyang report on another portal: its own banner, dateline and footer around the same text. */
const chaoyangMirror = [
  '<html><head><meta charset="utf-8"><title>朝阳县政府信息公开</title></head><body>',
  '<div class="top">朝阳县人民政府 | 无障碍 | 繁体</div><div class="pos">当前位置：首页 &gt; 法治政府</div>',
  '<div class="art">',
  ...chaoyangTxt.split('\n').map((l) => `<p>${l}</p>`),
  '</div><div class="foot">版权所有 朝阳县人民政府 网站标识码 2113210001</div></body></html>',
].join('');

describe('upgrading a database from before fingerprints (v2)', () => {
  it('gives older documents their fingerprint, so the same report in another file is recognised', async () => {
    const name = `pre-v3-${crypto.randomUUID()}`;
    const now = '2026-03-01T08:00:00.000Z';
    const project = { id: 'p1', name: '样本', createdAt: now, updatedAt: now };
    // Stored as a v2 app stored them: the parsed document without fingerprint or index keys.
    const stored = await Promise.all(
      [
        [linpingTxt, 'linping-2022.txt'],
        [chaoyangTxt, 'chaoyang-ln-2024.txt'],
      ].map(async ([text, file], i) => {
        const { fingerprint: _dropped, ...old } = await parse(text!, file!);
        void _dropped;
        return toStoredDocument(old, { id: `d${i + 1}`, projectId: 'p1', now });
      }),
    );
    expect(stored.every(({ record }) => record.fingerprint === undefined)).toBe(true);
    const v2 = new Dexie(name);
    v2.version(2).stores(V2);
    await v2.open();
    await v2.table('projects').add(project);
    for (const { record, content } of stored) {
      await v2.table('documents').add(record);
      await v2.table('contents').add(content);
    }
    v2.close();

    const db = await openDb(name);
    const [linping, chaoyang] = await db.documents.bulkGet(['d1', 'd2']);
    const expected = reportFingerprint(stored[0]!.content.text);
    expect(linping!.fingerprint).toEqual(expected);
    expect(linping!.bands).toEqual(projectBandKeys('p1', expected));
    expect(chaoyang!.fingerprint).toEqual(reportFingerprint(stored[1]!.content.text));
    // Nothing else of the rows changed.
    const { fingerprint: _f, bands: _k, ...rest } = linping!;
    void _f;
    void _k;
    expect(rest).toEqual(stored[0]!.record);

    // The same reports as a portal page and on a mirror are now found as the stored ones.
    expect((await findSameReportDocument(db, 'p1', await parse(linpingHtml, 'linping-2022.html')))?.id).toBe('d1');
    expect((await findSameReportDocument(db, 'p1', await parse(chaoyangMirror, 'mirror.html')))?.id).toBe('d2');
    db.close();
  });
});
