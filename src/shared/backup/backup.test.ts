import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../export/fixtures/sample-snapshot';
import { createBackup } from './create-backup';
import { withFreshIds } from './fresh-ids';
import { restoreBackup } from './restore-backup';
import { bombZip, entryDataRange, flipBit } from '../zip/hostile.test-helper';

const META = { appVersion: '0.1.0', now: '2025-04-01T00:00:00.000Z' };

function restored(bytes: Uint8Array) {
  const r = restoreBackup(bytes, 'p.fazhi');
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

/** Rewrites project.json (or the manifest) inside a backup, as a damaged or foreign file would. */
function tamper(bytes: Uint8Array, name: string, edit: (json: Record<string, unknown>) => void): Uint8Array {
  const files = unzipSync(bytes);
  const json = JSON.parse(new TextDecoder().decode(files[name])) as Record<string, unknown>;
  edit(json);
  return zipSync({ ...files, [name]: strToU8(JSON.stringify(json)) });
}

describe('project backup (.fazhi)', () => {
  it("keeps the project's own variables and their values, also when restored as a new project", () => {
    const snapshot = sampleSnapshot();
    const now = '2025-01-01T00:00:00.000Z';
    snapshot.variables = [
      {
        id: 'v1',
        projectId: snapshot.project.id,
        name: 'wave',
        type: 'number',
        order: 0,
        createdAt: now,
        updatedAt: now,
      },
    ];
    snapshot.documents[0]!.customValues = { v1: 3 };
    const r = restored(createBackup(snapshot, META));
    expect(r.snapshot.variables).toEqual(snapshot.variables);
    expect(r.snapshot.documents[0]!.customValues).toEqual({ v1: 3 });
    let n = 0;
    const fresh = withFreshIds(r.snapshot, () => `new-${n++}`);
    const v = fresh.variables![0]!;
    expect(v.id).not.toBe('v1');
    expect(fresh.documents[0]!.customValues).toEqual({ [v.id]: 3 });
  });

  it('restores exactly the snapshot it saved, original file bytes included', () => {
    const snapshot = sampleSnapshot();
    const r = restored(createBackup(snapshot, META));
    expect(r.warnings).toEqual([]);
    expect(r.snapshot).toEqual(snapshot);
    expect(r.snapshot.files.map((f) => [...f.bytes])).toEqual(snapshot.files.map((f) => [...f.bytes]));
    expect(r.manifest).toMatchObject({ format: 'fazhi-project', version: 1, appVersion: '0.1.0' });
  });

  it('keeps originals under files/<docId>/<name>', () => {
    const s = sampleSnapshot();
    const names = Object.keys(unzipSync(createBackup(s, META)));
    expect(names).toContain(`files/${s.documents[0]!.id}/${s.files[0]!.name}`);
  });

  it('refuses a backup from a newer format version with a message saying so', () => {
    const newer = tamper(createBackup(sampleSnapshot(), META), 'manifest.json', (m) => (m.version = 9));
    const r = restoreBackup(newer, 'future.fazhi');
    expect(r.ok || r.error).toMatchObject({ code: 'newer-version' });
    expect(r.ok || r.error.message).toMatch(/future\.fazhi.*format 9.*Update Fazhi Coder/);
  });

  it('gives a clear error for a corrupt file and for a zip that is not a backup', () => {
    const corrupt = restoreBackup(new Uint8Array([1, 2, 3, 4]), 'broken.fazhi');
    expect(corrupt.ok || corrupt.error.message).toMatch(/broken\.fazhi.*not a zip/);
    const foreign = restoreBackup(zipSync({ 'project.qde': strToU8('<Project/>') }), 'other.fazhi');
    expect(foreign.ok || foreign.error.message).toMatch(/other\.fazhi.*not a Fazhi project backup/);
  });

  it('fills missing optional fields, and drops annotations whose range leaves the text', () => {
    const bytes = tamper(createBackup(sampleSnapshot(), META), 'project.json', (p) => {
      const anns = p.annotations as Record<string, unknown>[];
      anns[0]!.end = 10_000;
      delete anns[1]!.memo;
      delete anns[1]!.origin;
      (p.documents as Record<string, unknown>[])[1]!.region = undefined;
    });
    const r = restored(bytes);
    expect(r.snapshot.annotations).toHaveLength(4);
    expect(r.warnings.map((w) => w.reason).join()).toMatch(/outside the text/);
    const second = r.snapshot.annotations.find((a) => a.id === sampleSnapshot().annotations[1]!.id)!;
    expect([second.memo, second.origin]).toEqual(['', 'manual']);
    expect(r.snapshot.documents[1]!.region).toEqual({ province: null, city: null, county: null, code: null });
  });

  it('reports a quote that no longer matches its range', () => {
    const bytes = tamper(createBackup(sampleSnapshot(), META), 'project.json', (p) => {
      (p.annotations as Record<string, unknown>[])[0]!.quote = '别的文字';
    });
    expect(restored(bytes).warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/quote differs/)]);
  });
});

describe('withFreshIds', () => {
  it('gives every row a new id and keeps every reference pointing at the same row', () => {
    const s = sampleSnapshot();
    let n = 0;
    const f = withFreshIds(s, () => `new-${++n}`);
    const oldIds = new Set([s.project.id, ...s.documents.map((d) => d.id), ...s.codes.map((c) => c.id)]);
    for (const id of [f.project.id, ...f.documents.map((d) => d.id), ...f.codes.map((c) => c.id)])
      expect(oldIds.has(id)).toBe(false);
    const docName = (snap: typeof s, id: string) => snap.documents.find((d) => d.id === id)?.fileName;
    const codeName = (snap: typeof s, id: string | null) => snap.codes.find((c) => c.id === id)?.name;
    expect(f.annotations.map((a) => [docName(f, a.docId), codeName(f, a.codeId), a.quote])).toEqual(
      s.annotations.map((a) => [docName(s, a.docId), codeName(s, a.codeId), a.quote]),
    );
    expect(f.codes.map((c) => codeName(f, c.parentId))).toEqual(s.codes.map((c) => codeName(s, c.parentId)));
    expect(f.contents.map((c) => docName(f, c.docId))).toEqual(s.contents.map((c) => docName(s, c.docId)));
    expect(f.files.map((c) => docName(f, c.docId))).toEqual(s.files.map((c) => docName(s, c.docId)));
    expect(f.memos.map((m) => docName(f, m.targetId ?? '') ?? codeName(f, m.targetId) ?? null)).toEqual(
      s.memos.map((m) => docName(s, m.targetId ?? '') ?? codeName(s, m.targetId) ?? null),
    );
    expect(new Set([f.project.id, ...f.annotations.map((a) => a.projectId)]).size).toBe(1);
  });
});

describe('hostile backups', () => {
  it('refuses a decompression bomb without expanding it', () => {
    const manifest = unzipSync(createBackup(sampleSnapshot(), META))['manifest.json']!;
    const t0 = performance.now();
    const r = restoreBackup(bombZip('project.json', 200, { 'manifest.json': manifest }), 'bomb.fazhi');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(!r.ok && r.error.code).toBe('corrupt');
    expect(!r.ok && r.error.message).toMatch(
      /^Could not restore "bomb\.fazhi": its entry project\.json expands .* decompression bomb/,
    );
  });

  it('refuses a backup whose project.json was altered by a flipped bit, instead of restoring changed work', () => {
    const good = createBackup(sampleSnapshot(), META);
    const { start, end } = entryDataRange(good, 'project.json');
    for (const at of [start + 3, Math.floor((start + end) / 2), end - 5]) {
      const r = restoreBackup(flipBit(good, at * 8 + 2), 'flipped.fazhi');
      expect(!r.ok && r.error.code).toBe('corrupt');
      expect(!r.ok && r.error.message).toMatch(/flipped\.fazhi.*damaged.*use another copy of the backup/);
    }
  });
});
