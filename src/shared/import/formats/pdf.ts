/**
 * PDF: the text layer via pdf.js (legacy build: runs in Node and in workers
 * without a DOM), lines rejoined into paragraphs, page furniture dropped, Kangxi
 * radicals mapped to ideographs. Loaded with a dynamic import by index.ts.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ImportOptions, ImportWarning } from '../../model/document';
import type { ExtractResult, RawBlock } from './types';
import type { Line, PdfItem } from './pdf-lines';
import { pageLines } from './pdf-lines';
import { dropFurniture, paragraphs } from './pdf-paragraphs';
import { mapKangxi } from './kangxi';
import { checkPdfIntegrity, MAX_STREAM, type PdfIntegrity } from './pdf-integrity';

type PdfJs = typeof PdfJsModule;

let pdfjsPromise: Promise<PdfJs> | null = null;

async function loadPdfJs(options?: ImportOptions): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const nativePush = Array.prototype.push;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js parses in this thread when its worker module is already loaded (it finds
    // `globalThis.pdfjsWorker`), which is what Node and our Web Worker want anyway.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    // The legacy build's core-js replaces Array.prototype.push on engines with an old
    // array-length bug (Node 20's V8): its replacement made every PDF import ~25% slower
    // (measured: dida 136 → 103 ms, linping 306 → 245 ms). The engine's own push is put back.
    if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
    return pdfjs;
  })();
  const pdfjs = await pdfjsPromise;
  const src = options?.pdf?.workerSrc;
  // In a browser pdf.js needs to know where its worker script is; in Node it finds it itself.
  if (src && !pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = src;
  return pdfjs;
}

function isTextItem<T extends object>(item: T): item is T & PdfItem {
  return 'str' in item && 'transform' in item;
}

function errorName(e: unknown): string {
  return e !== null && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? e.name : '';
}

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

export async function extractPdf(bytes: Uint8Array, fileName: string, options?: ImportOptions): Promise<ExtractResult> {
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
  const pdfjs = await loadPdfJs(options);
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes survive.
    data: bytes.slice(),
    cMapUrl: options?.pdf?.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: options?.pdf?.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if (errorName(e) === 'PasswordException') {
      return {
        ok: false,
        error: {
          code: 'encrypted',
          message: `${fileName} is password-protected: open it with the password, print or save it as a PDF without a password, and import that.`,
        },
      };
    }
    return {
      ok: false,
      error: {
        code: 'corrupt',
        message: `${fileName} is not a readable PDF (${e instanceof Error ? e.message : 'broken file'}): it may be damaged or truncated; download it again.`,
      },
    };
  }
  try {
    return await readPages(doc, fileName, integrity);
  } catch (e) {
    // pdf.js throws on structure it cannot repair (bad xref entries, broken streams): a damaged file, not a bug.
    return damaged(fileName, e, integrity);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPages(doc: PdfDocument, fileName: string, integrity: PdfIntegrity): Promise<ExtractResult> {
  const pages: Line[][] = [];
  const emptyPages: number[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items = content.items.filter(isTextItem);
    const lines = pageLines(items, p);
    if (lines.length === 0) emptyPages.push(p);
    pages.push(lines);
    page.cleanup();
  }
  if (emptyPages.length === doc.numPages) {
    return {
      ok: false,
      error: {
        code: 'scanned-pdf',
        message: `${fileName} has no text layer (a scanned PDF): run OCR on it first, then import the result.`,
      },
    };
  }
  const warnings: ImportWarning[] = [];
  const damage = damageWarning(fileName, integrity);
  if (damage) warnings.push(damage);
  if (emptyPages.length > 0) {
    warnings.push({
      code: 'pdf-pages-without-text',
      message: `${fileName}: page${emptyPages.length > 1 ? 's' : ''} ${emptyPages.join(', ')} ha${emptyPages.length > 1 ? 've' : 's'} no text layer (scanned); their text is missing. Run OCR on the file to include it.`,
    });
  }
  const blocks: RawBlock[] = paragraphs(dropFurniture(pages)).map((b) => ({ ...b, text: mapKangxi(b.text) }));
  const { info } = await doc.getMetadata().catch(() => ({ info: {} }));
  const properties: Record<string, string> = {};
  for (const [k, v] of Object.entries(info ?? {})) {
    if (typeof v === 'string' && v.trim() !== '' && k !== 'PDFFormatVersion') properties[k.toLowerCase()] = v.trim();
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
