import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot, TEXT_A } from '../export/fixtures/sample-snapshot';
import type { ProjectSnapshot } from '../model/project';
import { cpSlice } from '../text/codepoints';
import { exportQdc } from './qdc-export';
import { importQdc } from './qdc-import';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { bombZip, entryDataRange, flipBit } from '../zip/hostile.test-helper';

const REFI_DIR = fileURLToPath(new URL('../../../test/refi/', import.meta.url));

/** Runs xmllint against a REFI-QDA schema in test/refi (CI installs libxml2-utils). */
function xmllint(xml: Uint8Array | string, schema: 'Project-mrt2019.xsd' | 'Codebook-reconstructed.xsd'): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-refi-'));
  const file = join(dir, 'doc.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(REFI_DIR, schema), file], { stdio: 'pipe' });
    return 'valid';
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error('xmllint is not installed: apt-get install libxml2-utils');
    return err.stderr?.toString() ?? String(e);
  }
}

const qde = (zip: Uint8Array) => unzipSync(zip)['project.qde']!;

function imported(bytes: Uint8Array, name = 'p.qdpx') {
  const r = importQdpx(bytes, name, { projectId: 'p', now: '2025-01-01T00:00:00.000Z' });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

/** What a user sees of a project, independent of row order. */
function essence(s: ProjectSnapshot) {
  const codeName = new Map(s.codes.map((c) => [c.id, c.name]));
  return {
    codes: s.codes.map((c) => `${c.id} ${c.name} parent=${c.parentId} ${c.color} ${c.description}`).sort(),
    annotations: s.annotations
      .map((a) => `${a.id} ${a.docId} [${a.start},${a.end}) ${codeName.get(a.codeId)} ${a.coder} memo=${a.memo}`)
      .sort(),
    memos: s.memos.map((m) => `${m.id} ${m.targetType}:${m.targetId} ${m.author} ${m.text}`).sort(),
    texts: s.contents.map((c) => c.text).sort(),
  };
}

describe('REFI-QDA project export', () => {
  it("carries the researcher's own variables, typed, and the document memo", () => {
    const s = sampleSnapshot();
    const now = '2025-01-01T00:00:00.000Z';
    s.variables = [
      {
        id: 'v-wave',
        projectId: s.project.id,
        name: '样本批次',
        type: 'text',
        order: 0,
        createdAt: now,
        updatedAt: now,
      },
      { id: 'v-n', projectId: s.project.id, name: 'pages', type: 'number', order: 1, createdAt: now, updatedAt: now },
      {
        id: 'v-ok',
        projectId: s.project.id,
        name: 'checked',
        type: 'boolean',
        order: 2,
        createdAt: now,
        updatedAt: now,
      },
      { id: 'v-d', projectId: s.project.id, name: 'coded on', type: 'date', order: 3, createdAt: now, updatedAt: now },
    ];
    const d = s.documents[0]!;
    d.customValues = { 'v-wave': '第二批', 'v-n': 12.5, 'v-ok': true, 'v-d': '2025-03-01' };
    s.memos.push({
      id: 'memo-doc-x',
      projectId: s.project.id,
      targetType: 'document',
      targetId: d.id,
      text: '此报告篇幅较短',
      author: '甲',
      createdAt: now,
      updatedAt: now,
    });
    const xml = qde(exportQdpx(s));
    expect(xmllint(xml, 'Project-mrt2019.xsd')).toBe('valid');
    const text = new TextDecoder().decode(xml);
    expect(text).toContain('name="样本批次" typeOfVariable="Text"');
    expect(text).toContain('typeOfVariable="Float"');
    expect(text).toContain('<TextValue>第二批</TextValue>');
    expect(text).toContain('<FloatValue>12.5</FloatValue>');
    expect(text).toContain('<BooleanValue>true</BooleanValue>');
    expect(text).toContain('<DateValue>2025-03-01</DateValue>');
    expect(text).toContain('此报告篇幅较短');
  });

  it('writes a project.qde that the REFI-QDA schema accepts, and one text file per document', () => {
    const zip = exportQdpx(sampleSnapshot());
    expect(xmllint(qde(zip), 'Project-mrt2019.xsd')).toBe('valid');
    const names = Object.keys(unzipSync(zip)).filter((n) => n.startsWith('sources/'));
    expect(names).toHaveLength(2);
  });

  it('puts code point positions in the selections, so 𠵾 and 𫫇 count as one character each', () => {
    const xml = new TextDecoder().decode(qde(exportQdpx(sampleSnapshot())));
    const s = sampleSnapshot();
    for (const a of s.annotations.slice(0, 4)) {
      expect(xml).toContain(`startPosition="${a.start}" endPosition="${a.end}"`);
      expect(cpSlice(TEXT_A, a.start, a.end)).toBe(a.quote);
    }
    // 𠵾 before the second segment shifts its UTF-16 index by one.
    expect(s.annotations[1]!.start).toBe(TEXT_A.indexOf(s.annotations[1]!.quote) - 1);
  });

  it('survives export → import → export with the same codes, selections and memos', () => {
    const original = sampleSnapshot();
    const first = imported(exportQdpx(original));
    expect(first.report.skipped).toEqual([]);
    expect(essence(first.snapshot)).toEqual(essence(original));
    const again = exportQdpx(first.snapshot);
    expect(xmllint(qde(again), 'Project-mrt2019.xsd')).toBe('valid');
    expect(essence(imported(again).snapshot)).toEqual(essence(original));
    // Document variables come back through <VariableValue>s.
    const doc = first.snapshot.documents.find((d) => d.id === original.documents[0]!.id)!;
    expect(doc.region).toEqual(original.documents[0]!.region);
    expect([doc.reportYear, doc.published, doc.level]).toEqual([2023, '2024-03-20', 'county']);
    expect(first.snapshot.documents[1]!.script).toBe('traditional');
  });
});

const NVIVO_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool project" origin="NVivo 14">
  <Users><User guid="{AAAAAAAA-0000-0000-0000-000000000001}" name="Li Hua"/><User guid="{AAAAAAAA-0000-0000-0000-000000000002}" name="Wang Fang"/></Users>
  <CodeBook><Codes>
    <Code guid="{BBBBBBBB-0000-0000-0000-000000000001}" name="Enforcement" isCodable="true" color="#F0A">
      <Description>Law enforcement</Description>
      <Code guid="{BBBBBBBB-0000-0000-0000-000000000002}" name="Inspections" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Cases><Case guid="CCCCCCCC-0000-0000-0000-000000000001" name="County A"/></Cases>
  <Sources>
    <TextSource guid="{DDDDDDDD-0000-0000-0000-000000000001}" name="report.txt" plainTextPath="internal://{DDDDDDDD-0000-0000-0000-000000000001}.txt">
      <PlainTextSelection guid="{EEEEEEEE-0000-0000-0000-000000000001}" name="s1" startPosition="1" endPosition="4" creatingUser="{AAAAAAAA-0000-0000-0000-000000000001}">
        <Coding guid="{FFFFFFFF-0000-0000-0000-000000000001}"><CodeRef targetGUID="{BBBBBBBB-0000-0000-0000-000000000001}"/></Coding>
        <Coding guid="{FFFFFFFF-0000-0000-0000-000000000002}"><CodeRef targetGUID="{BBBBBBBB-0000-0000-0000-000000000002}"/></Coding>
        <NoteRef targetGUID="{99999999-0000-0000-0000-000000000001}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{EEEEEEEE-0000-0000-0000-000000000002}" startPosition="3" endPosition="400">
        <Coding guid="{FFFFFFFF-0000-0000-0000-000000000003}"><CodeRef targetGUID="{BBBBBBBB-0000-0000-0000-000000000001}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="{DDDDDDDD-0000-0000-0000-000000000002}" name="inline">
      <PlainTextContent>第二份&#x20B3E;报告</PlainTextContent>
      <PlainTextSelection guid="{EEEEEEEE-0000-0000-0000-000000000003}" startPosition="3" endPosition="5">
        <Coding guid="{FFFFFFFF-0000-0000-0000-000000000004}"><CodeRef targetGUID="{BBBBBBBB-0000-0000-0000-000000000002}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="{DDDDDDDD-0000-0000-0000-000000000003}" name="scan.pdf" path="internal://x.pdf"/>
    <PictureSource guid="{DDDDDDDD-0000-0000-0000-000000000004}" name="photo.jpg" path="internal://y.jpg"/>
  </Sources>
  <Notes>
    <Note guid="{99999999-0000-0000-0000-000000000001}" name="why"><PlainTextContent>典型执法</PlainTextContent></Note>
  </Notes>
</Project>`;

describe('REFI-QDA project import from other tools', () => {
  const zip = zipSync({
    'project.qde': strToU8(NVIVO_STYLE),
    'sources/{DDDDDDDD-0000-0000-0000-000000000001}.txt': strToU8('\uFEFF𫫇县开展执法检查'),
  });
  const r = imported(zip, 'nvivo.qdpx');

  it('brings in the codebook with its hierarchy, colours and descriptions', () => {
    const byName = new Map(r.snapshot.codes.map((c) => [c.name, c]));
    expect(byName.get('Enforcement')).toMatchObject({
      color: '#ff00aa',
      description: 'Law enforcement',
      parentId: null,
    });
    expect(byName.get('Inspections')!.parentId).toBe(byName.get('Enforcement')!.id);
  });

  it('brings in text sources and each coding of a selection, with code point positions and notes as memos', () => {
    expect(r.snapshot.documents.map((d) => d.fileName)).toEqual(['report.txt', 'inline']);
    const inFirst = r.snapshot.annotations.filter((a) => a.docId === r.snapshot.documents[0]!.id);
    expect(inFirst.map((a) => a.quote)).toEqual(['县开展', '县开展']);
    expect(inFirst.map((a) => a.memo)).toEqual(['典型执法', '典型执法']);
    expect(inFirst[0]!.coder).toBe('Li Hua');
    const second = r.snapshot.annotations.find((a) => a.docId === r.snapshot.documents[1]!.id)!;
    expect(second.quote).toBe('𠬾报');
  });

  it('lists what it could not bring in: PDF and picture sources, bad positions, cases', () => {
    const skipped = r.report.skipped.map((s) => `${s.what}: ${s.reason}`).join('\n');
    expect(skipped).toMatch(/PDF source "scan\.pdf"/);
    expect(skipped).toMatch(/picture source "photo\.jpg"/);
    expect(skipped).toMatch(/selection .*0002.* do not fit the text/i);
    expect(skipped).toMatch(/1 cases/);
    // A user with no codings or memos here is named as left out; one with codings is kept on them.
    expect(skipped).toMatch(/user "Wang Fang"/);
    expect(skipped).not.toMatch(/user "Li Hua"/);
    expect(r.report.counts).toEqual({ codes: 2, documents: 2, annotations: 3, memos: 0 });
  });

  it('gives each skipped item a key and its names, so the app can say it in the UI language', () => {
    expect(r.report.skipped.filter((s) => !s.key)).toEqual([]);
    expect(r.report.skipped.map((s) => [s.key, s.params])).toEqual(
      expect.arrayContaining([
        ['source-pdf', { name: 'scan.pdf', element: 'PDFSource' }],
        ['part-cases', { count: 1 }],
        ['user-unused', { name: 'Wang Fang' }],
      ]),
    );
  });

  it('gives an error naming the file for a corrupt or foreign archive', () => {
    const corrupt = importQdpx(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'broken.qdpx');
    expect(corrupt.ok).toBe(false);
    if (!corrupt.ok) expect(corrupt.error.message).toMatch(/broken\.qdpx.*zip/);
    const foreign = importQdpx(zipSync({ 'word/document.xml': strToU8('<w/>') }), 'letter.docx');
    expect(foreign.ok || foreign.error.message).toMatch(/letter\.docx.*no project\.qde/);
    const badXml = importQdpx(zipSync({ 'project.qde': strToU8('<Project name="x"><Sources>') }), 'cut.qdpx');
    expect(badXml.ok || badXml.error.message).toMatch(/cut\.qdpx.*not well-formed/);
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  it('validates against the codebook schema and round-trips names, hierarchy, colours and descriptions', () => {
    const codes = sampleSnapshot().codes;
    const bytes = exportQdc(codes);
    expect(xmllint(bytes, 'Codebook-reconstructed.xsd')).toBe('valid');
    const back = importQdc(bytes, 'book.qdc');
    if (!back.ok) throw new Error(back.error.message);
    const view = (cs: typeof codes) => cs.map((c) => [c.id, c.parentId, c.name, c.color, c.description]);
    expect(view(back.codes)).toEqual(view(codes));
  });

  it('refuses a file that is not a codebook, naming it', () => {
    const r = importQdc(strToU8('{"not":"xml"}'), 'codes.json');
    expect(r.ok || r.error.message).toMatch(/codes\.json/);
  });
});

describe('hostile REFI-QDA archives', () => {
  it('refuses a decompression bomb and a damaged project.qde with the reason', () => {
    const bomb = importQdpx(bombZip('project.qde', 200), 'bomb.qdpx');
    expect(!bomb.ok && bomb.error.message).toMatch(/^Could not import "bomb\.qdpx": .*decompression bomb/);
    const good = exportQdpx(sampleSnapshot());
    const { start, end } = entryDataRange(good, 'project.qde');
    const flipped = importQdpx(flipBit(good, Math.floor((start + end) / 2) * 8), 'flipped.qdpx');
    expect(!flipped.ok && flipped.error.code).toBe('corrupt');
    expect(!flipped.ok && flipped.error.message).toMatch(/flipped\.qdpx.*damaged.*export the project again/);
  });
});
