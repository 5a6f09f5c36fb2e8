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

  it('writes each document out as it is added, its text already compressed, instead of holding it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-writer-'));
    const out = join(dir, 'big.fazhi');
    const writer = new ProjectFileWriter(out, { name: 'big', appVersion: 'test' });
    // Text that compresses only about 4:1 (42 characters in a pseudo-random order), so
    // zlib has to hand out output as it goes.
    const chars = '法治政府建设年度报告依法行政执法监督复议诉讼普法宣传决策程序规范公正文明权力制约矛盾纠纷化解';
    let seed = 7;
    let body = '';
    for (let i = 0; i < 300_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      body += chars[(seed >>> 16) % chars.length];
      if (i % 60 === 59) body += '。\n';
    }
    const { doc, bytes } = await parsed('big.txt', report('朝阳市', 4));
    const text = encoder.encode(body).byteLength;
    await writer.add({ ...doc, text: body }, bytes);
    await writer.add({ ...doc, text: body, fileName: 'big2.txt' }, bytes);
    // Both originals are in the zip on disk, and the texts in the contents file, compressed, before close.
    const size = (f: string) => statSync(f).size;
    for (let t = 0; t < 50 && size(`${out}.contents.partial`) < text / 8; t++)
      await new Promise((r) => setTimeout(r, 100));
    expect(size(`${out}.partial`)).toBeGreaterThan(2 * bytes.byteLength);
    const contents = size(`${out}.contents.partial`);
    expect(contents).toBeGreaterThan(text / 8);
    expect(contents).toBeLessThan(2 * text);
    await writer.abort();
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.contents.partial`)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('writes a project file without documents that still reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-writer-'));
    const out = join(dir, 'empty.fazhi');
    const writer = new ProjectFileWriter(out, { name: '空', appVersion: 'test' });
    expect(await writer.close()).toMatchObject({ documents: 0 });
    const restored = await readProjectFile(out);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.snapshot.documents).toEqual([]);
    expect(restored.snapshot.project.name).toBe('空');
  });
});
