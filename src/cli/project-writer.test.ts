import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../shared/import';
import type { ParsedDocument } from '../shared/model/document';
import { readProjectFile } from './project-file';
import { ProjectFileWriter } from './project-writer';

const encoder = new TextEncoder();

async function parsed(name: string, text: string): Promise<{ doc: ParsedDocument; bytes: Uint8Array }> {
  const bytes = encoder.encode(text);
  const r = await importFile(bytes, name);
  if (!r.ok) throw new Error(r.error.message);
  return { doc: r.document, bytes };
}

const report = (place: string, n: number) =>
  `${place}${2020 + n}年法治政府建设年度报告\n一、主要举措和成效\n推进𫫇村依法行政,第${n}项。\n二、存在的不足和原因\n个别部门重视不够。\n`;

describe('ProjectFileWriter', () => {
  it('writes a project file the app restores: every document, its text, its original bytes and the codebook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-writer-'));
    const out = join(dir, '县级.fazhi');
    const writer = new ProjectFileWriter(out, { name: '县级', appVersion: 'test' });
    const inputs = [
      await parsed('𠵾区.txt', report('𠵾区', 1)),
      await parsed('a/b.txt', report('临平区', 2)),
      await parsed('c.txt', report('滴道区', 3)),
    ];
    for (const { doc, bytes } of inputs) await writer.add(doc, bytes);
    // Nothing carries the final name before it is complete.
    expect(existsSync(out)).toBe(false);
    expect(await writer.close()).toMatchObject({ documents: 3 });
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.contents.partial`)).toBe(false);

    const restored = await readProjectFile(out);
    if (!restored.ok) throw new Error(restored.error.message);
    const { snapshot } = restored;
    expect(snapshot.project.name).toBe('县级');
    expect(snapshot.documents.map((d) => d.title)).toEqual(inputs.map((i) => i.doc.title));
    const byDoc = new Map(snapshot.contents.map((c) => [c.docId, c]));
    snapshot.documents.forEach((d, i) => {
      expect(byDoc.get(d.id)?.text).toBe(inputs[i]!.doc.text);
      expect(byDoc.get(d.id)?.sections).toEqual(inputs[i]!.doc.sections);
    });
    const files = new Map(snapshot.files.map((f) => [f.docId, f]));
    expect(snapshot.documents.map((d) => new TextDecoder().decode(files.get(d.id)?.bytes))).toEqual(
      inputs.map((i) => new TextDecoder().decode(i.bytes)),
    );
    expect(snapshot.files[0]?.name).toBe('𠵾区.txt');
    expect(snapshot.codes.length).toBeGreaterThan(0);
  });

  it('writes each document out as it is added instead of holding it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-writer-'));
    const out = join(dir, 'big.fazhi');
    const writer = new ProjectFileWriter(out, { name: 'big', appVersion: 'test' });
    const big = report('朝阳市', 4) + '加强执法监督,规范执法程序。'.repeat(40_000);
    const { doc, bytes } = await parsed('big.txt', big);
    await writer.add(doc, bytes);
    await writer.add({ ...doc, fileName: 'big2.txt' }, bytes);
    // Both originals are in the zip on disk, and both texts in the contents file, before close.
    await new Promise((r) => setTimeout(r, 50));
    expect(statSync(`${out}.partial`).size).toBeGreaterThan(2 * bytes.byteLength - 65_536);
    expect(statSync(`${out}.contents.partial`).size).toBeGreaterThan(2 * bytes.byteLength - 65_536);
    await writer.abort();
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});
