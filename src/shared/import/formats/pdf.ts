/**
 * PDF: the text layer via PDFium (WebAssembly, pdfium.ts), lines rejoined into
 * paragraphs, page furniture dropped, Kangxi radicals mapped to ideographs.
 * Loaded with a dynamic import by index.ts.
 */
import type { ImportWarning } from '../../model/document';
import type { ExtractResult, RawBlock } from './types';
import type { Line } from './pdf-lines';
import { pageLines } from './pdf-lines';
import { dropFurniture, paragraphs } from './pdf-paragraphs';
import { mapKangxi } from './kangxi';
import { checkPdfIntegrity, MAX_STREAM, type PdfIntegrity } from './pdf-integrity';
import { openPdf, type PdfiumDocument } from './pdfium';

/** The warning for a file whose checksums or trailer show damage, or null. */
function damageWarning(fileName: string, integrity: PdfIntegrity): ImportWarning | null {
  const parts: string[] = [];
  if (integrity.damagedStreams > 0) {
    parts.push(
      `${integrity.damagedStreams} of its ${integrity.checkedStreams} compressed parts fail their checksum (the bytes were altered)`,
    );
  }
  if (integrity.truncated) parts.push('it is cut short (its end is missing)');
  if (parts.length === 0) return null;
  return {
    code: 'pdf-damaged',
    message: `${fileName} is damaged: ${parts.join(', and ')}. The text may have missing or wrong characters; download or copy the file again and re-import it.`,
  };
}

function damaged(fileName: string, e: unknown, integrity: PdfIntegrity): ExtractResult {
  const why = damageWarning(fileName, integrity)?.message.replace(/ The text may .*$/, '') ?? `${fileName} is damaged.`;
  return {
    ok: false,
    error: {
      code: 'corrupt',
      message: `${why.replace(/\.$/, '')} (${e instanceof Error ? e.message : 'unreadable PDF'}). Nothing was imported: download or copy the file again, or open it in a PDF reader and print it to a new PDF.`,
    },
  };
}

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractResult> {
  const integrity = checkPdfIntegrity(bytes);
  if (integrity.bombStream) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `${fileName} looks like a decompression bomb: one of its parts expands from ${Math.round(integrity.bombStream.compressed / 1024)} KB to more than ${MAX_STREAM / 1048576} MB, which no report page does. It was not imported; if it is a real report, open it in a PDF reader and print it to a new PDF.`,
      },
    };
  }
  const opened = await openPdf(bytes);
  if (!opened.ok) {
    if (opened.why === 'password') {
      return {
        ok: false,
        error: {
          code: 'encrypted',
          message: `${fileName} is password-protected: open it with the password, print or save it as a PDF without a password, and import that.`,
        },
      };
    }
    if (damageWarning(fileName, integrity)) return damaged(fileName, new Error('PDFium cannot open it'), integrity);
    return {
      ok: false,
      error: {
        code: 'corrupt',
        message: `${fileName} is not a readable PDF (${opened.why === 'format' ? 'its structure is broken' : 'broken file'}): it may be damaged or truncated; download it again.`,
      },
    };
  }
  try {
    return readPages(opened.doc, fileName, integrity);
  } catch (e) {
    // The engine gave up on structure it could not repair: a damaged file, not a bug.
    return damaged(fileName, e, integrity);
  } finally {
    opened.doc.close();
  }
}

/**
 * A PDF without a single line of text. "Scanned" only when its pages draw images;
 * blank pages, or a structure PDFium had to repair (a page tree that loops, objects
 * nested past its limits), are not a scan, and OCR would not help.
 */
function noText(
  fileName: string,
  doc: PdfiumDocument,
  scanned: number,
  unloadable: number,
  integrity: PdfIntegrity,
): ExtractResult {
  const n = doc.pageCount;
  if (scanned > 0 && scanned >= n / 2) {
    return {
      ok: false,
      error: {
        code: 'scanned-pdf',
        message: `${fileName} has no text layer (a scanned PDF): run OCR on it first, then import the result.`,
      },
    };
  }
  const broken: string[] = [];
  if (n === 0) broken.push('PDFium finds no pages in it (its page tree is broken)');
  else if (unloadable === n) broken.push(`none of its pages can be read (its page tree is broken)`);
  else if (unloadable > 0) broken.push(`${unloadable} of its ${n} pages cannot be read`);
  const checksum = damageWarning(fileName, integrity)?.message.match(/is damaged: (.*?)\. The text/)?.[1];
  if (checksum) broken.push(checksum);
  const pages =
    n === 0 || unloadable === n
      ? ''
      : ` its ${n} page${n === 1 ? '' : 's'} ${n === 1 ? 'has' : 'have'} no text${scanned > 0 ? ` (${scanned} draw${scanned === 1 ? 's' : ''} images)` : ' and no scanned images'};`;
  if (broken.length > 0) {
    return {
      ok: false,
      error: {
        code: 'corrupt',
        message: `${fileName} holds no readable text and looks damaged:${pages} ${broken.join(', and ')}. Nothing was imported: download or copy the file again, or open it in a PDF reader and print it to a new PDF.`,
      },
    };
  }
  return {
    ok: false,
    error: {
      code: 'no-text',
      message: `${fileName} holds no readable text:${pages} it is not a scan, so OCR would not help either. Check that this is the report you meant; if its text shows in a PDF reader, print it from there to a new PDF and import that.`,
    },
  };
}

/** Document information fields kept as properties (lower-cased, as the analysis reads them). */
const META_TAGS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate'];

function readPages(doc: PdfiumDocument, fileName: string, integrity: PdfIntegrity): ExtractResult {
  const pages: Line[][] = [];
  const scannedPages: number[] = [];
  let unloadable = 0;
  for (let p = 1; p <= doc.pageCount; p++) {
    const page = doc.readPage(p - 1);
    const lines = pageLines(page.items, p);
    if (lines.length === 0 && page.hasImage) scannedPages.push(p);
    if (!page.loaded) unloadable++;
    pages.push(lines);
  }
  if (pages.every((lines) => lines.length === 0))
    return noText(fileName, doc, scannedPages.length, unloadable, integrity);
  const warnings: ImportWarning[] = [];
  const damage = damageWarning(fileName, integrity);
  if (damage) warnings.push(damage);
  if (scannedPages.length > 0) {
    warnings.push({
      code: 'pdf-pages-without-text',
      message: `${fileName}: page${scannedPages.length > 1 ? 's' : ''} ${scannedPages.join(', ')} ha${scannedPages.length > 1 ? 've' : 's'} no text layer (scanned); their text is missing. Run OCR on the file to include it.`,
    });
  }
  const blocks: RawBlock[] = paragraphs(dropFurniture(pages)).map((b) => ({ ...b, text: mapKangxi(b.text) }));
  const properties: Record<string, string> = {};
  for (const tag of META_TAGS) {
    const v = doc.meta(tag).trim();
    if (v !== '') properties[tag.toLowerCase()] = v;
  }
  return {
    ok: true,
    value: {
      format: 'pdf',
      encoding: null,
      blocks,
      containerTitle: properties['title'] ?? null,
      properties,
      warnings,
    },
  };
}
