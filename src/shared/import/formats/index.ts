/**
 * The format readers' entry point: bytes → raw text blocks (types.ts).
 * Sniffs the format and dispatches to one reader per format. Never throws:
 * every failure comes back as `{ ok: false, error }` naming the file and the reason.
 */
import type { ImportOptions } from '../../model/document';
import type { ExtractResult } from './types';
import { sniffFormat } from './sniff';
import { extractTxt } from './txt';
import { extractHtml } from './html';
import { extractDocx } from './docx';

export type { ExtractResult, Extracted, RawBlock } from './types';

/** Larger than any report by two orders of magnitude; beyond it the file is surely not one. */
export const MAX_BYTES = 200 * 1024 * 1024;

/**
 * For text and web pages, which are all text: a report is well under 1 MB of it, and
 * the analysis of 190 MB of text took longer than any time budget.
 */
export const MAX_TEXT_BYTES = 32 * 1024 * 1024;

export async function extract(bytes: Uint8Array, fileName: string, options?: ImportOptions): Promise<ExtractResult> {
  try {
    if (bytes.length === 0) {
      return { ok: false, error: { code: 'empty', message: `${fileName} is empty (0 bytes): nothing to import.` } };
    }
    if (bytes.length > MAX_BYTES) {
      return {
        ok: false,
        error: {
          code: 'too-large',
          message: `${fileName} is ${Math.round(bytes.length / 1048576)} MB, more than the ${MAX_BYTES / 1048576} MB limit: check that it is a single report.`,
        },
      };
    }
    const format = sniffFormat(bytes, fileName);
    if ((format === 'txt' || format === 'html' || format === 'unknown') && bytes.length > MAX_TEXT_BYTES) {
      return {
        ok: false,
        error: {
          code: 'too-large',
          message: `${fileName} is ${Math.round(bytes.length / 1048576)} MB of text, more than the ${MAX_TEXT_BYTES / 1048576} MB limit (a report is well under 1 MB): check that it is a single report.`,
        },
      };
    }
    switch (format) {
      case 'txt':
        return extractTxt(bytes, fileName, options);
      case 'html':
        return extractHtml(bytes, fileName, options);
      case 'docx':
        return extractDocx(bytes, fileName);
      case 'ole':
        return extractDocx(bytes, fileName);
      case 'pdf': {
        // Loaded on demand: the PDF engine is large and most imports are web pages.
        const { extractPdf } = await import('./pdf');
        return await extractPdf(bytes, fileName);
      }
      case 'executable':
        return {
          ok: false,
          error: {
            code: 'binary',
            message: `${fileName} is an executable program, not a report: check that you picked the right file.`,
          },
        };
      case 'rtf':
        return unsupported(fileName, 'is an RTF file; open it in Word or WPS and save it as .docx');
      case 'image':
        return unsupported(fileName, 'is an image; run OCR on it first and import the text');
      case 'zip':
        return unsupported(fileName, 'is a ZIP archive, not a Word document; unpack it and import the reports inside');
      case 'unknown': {
        // An unfamiliar extension: accept it if it reads as text.
        const asText = extractTxt(bytes, fileName, options);
        return asText.ok
          ? asText
          : unsupported(fileName, 'is not a format Fazhi Coder reads; import .txt, .html, .docx or .pdf files');
      }
    }
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `${fileName} could not be read because of an internal error (${e instanceof Error ? e.message : String(e)}); please report this with the file.`,
      },
    };
  }
}

function unsupported(fileName: string, reason: string): ExtractResult {
  return { ok: false, error: { code: 'unsupported-format', message: `${fileName} ${reason}.` } };
}
