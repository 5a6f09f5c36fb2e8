import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { buildPdf, pagesPdf } from './pdf-build.test-helper';

const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';

describe('a PDF without text', () => {
  it('is called scanned when its pages draw images (inside a form XObject too)', async () => {
    const img =
      '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream';
    const draw = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
    // Page 3 draws the image directly; page 4 through a form XObject (object 7).
    const bytes = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm1 7 0 R >> >> /Contents 8 0 R >>',
      `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
      img,
      `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Im1 6 0 R >> >> /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
      '<< /Length 8 >>\nstream\n/Fm1 Do \nendstream',
    ]);
    const r = await extract(bytes, 'scan.pdf');
    expect(!r.ok && r.error.code).toBe('scanned-pdf');
    expect(!r.ok && r.error.message).toBe(
      'scan.pdf has no text layer (a scanned PDF): run OCR on it first, then import the result.',
    );
  });

  it('with thousands of blank pages, says it holds no readable text, not that it is a scan', async () => {
    const t0 = performance.now();
    const r = await extract(pagesPdf(3000, PAGE), 'blank.pdf');
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(!r.ok && r.error.code).toBe('no-text');
    expect(!r.ok && r.error.message).toMatch(
      /^blank\.pdf holds no readable text: its 3000 pages have no text and no scanned images; it is not a scan, so OCR would not help/,
    );
    expect(!r.ok && r.error.message).not.toMatch(/run OCR/);
  });

  it('with a page tree that loops, says it holds no readable text and looks damaged', async () => {
    const bytes = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
    ]);
    const r = await extract(bytes, 'loop.pdf');
    expect(!r.ok && r.error.code).toBe('corrupt');
    expect(!r.ok && r.error.message).toMatch(
      /^loop\.pdf holds no readable text and looks damaged: none of its pages can be read \(its page tree is broken\)\. Nothing was imported/,
    );
    expect(!r.ok && r.error.message).not.toMatch(/scanned PDF|run OCR/);
  });

  it('with arrays nested thousands deep, ends with a clear refusal, not "scanned"', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const r = await extract(
      pagesPdf(2, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots ${deep} >>`),
      'deep.pdf',
    );
    expect(!r.ok && r.error.code).toBe('no-text');
    expect(!r.ok && r.error.message).toMatch(/^deep\.pdf holds no readable text: /);
    expect(!r.ok && r.error.message).not.toMatch(/scanned PDF|run OCR/);
  });

  it('cut short and without text, says it is damaged, not scanned', async () => {
    const whole = pagesPdf(2, PAGE);
    const r = await extract(whole.subarray(0, whole.length - 40), 'cut.pdf');
    expect(!r.ok && r.error.code).toBe('corrupt');
    expect(!r.ok && r.error.message).toMatch(/^cut\.pdf is damaged: it is cut short/);
    expect(!r.ok && r.error.message).not.toMatch(/scanned PDF|run OCR/);
  });
});
