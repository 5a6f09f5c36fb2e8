/**
 * A CSV export opened by LibreOffice shows the Chinese text intact: the BOM is
 * what tells it the encoding. The filter options give only the separator and the
 * quote; the character set is left empty, so LibreOffice reads it from the BOM.
 * (LibreOffice 7.4 run with no filter options at all decodes CSV as Latin-1 even
 * with a BOM; that is its default, not something the file can change.)
 * Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui);
 * FAZHI_SKIP_LIBREOFFICE=1 skips it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportProject } from './export-project';
import { sampleSnapshot } from './fixtures/sample-snapshot';
import { buildSegmentRows } from './rows/segments';

const skip = process.env.FAZHI_SKIP_LIBREOFFICE === '1';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('CSV in LibreOffice', () => {
  it.skipIf(skip)(
    'shows the Chinese text, astral characters included, without being told the encoding',
    () => {
      if (!hasSoffice())
        throw new Error(
          'soffice is not on PATH: install LibreOffice Calc (apt-get install libreoffice-calc-nogui) or set FAZHI_SKIP_LIBREOFFICE=1',
        );
      const dir = mkdtempSync(join(tmpdir(), 'fazhi-lo-'));
      const csv = join(dir, 'segments.csv');
      // The spreadsheet variant: what a user opening the file in a spreadsheet is told to pick.
      writeFileSync(csv, exportProject(sampleSnapshot(), 'csv-excel').bytes);
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--infilter=CSV:44,34,,1',
          '--convert-to',
          'html',
          '--outdir',
          dir,
          csv,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const html = readFileSync(join(dir, 'segments.html'), 'utf8');
      const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) =>
        m[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .trim(),
      );
      expect(cells[0]).toBe('doc_id');
      for (const row of buildSegmentRows(sampleSnapshot())) {
        const text = String(row.text);
        expect(cells).toContain(/^[=+\-@]/.test(text) ? `'${text}` : text);
        expect(cells).toContain(String(row.file_name));
      }
    },
    180_000,
  );
});
