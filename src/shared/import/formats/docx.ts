/**
 * Word .docx: unzip, walk word/document.xml in order (paragraphs, tables row by
 * row, tracked changes resolved as accepted), heading levels from styles.xml,
 * title and properties from docProps/core.xml. Legacy .doc/.wps and
 * password-protected files (both OLE compound files) are recognised and refused
 * with a clear reason.
 */
import { unzipBounded, type UnzipFailure } from '../../zip/bounded-unzip';
import type { ImportError } from '../../model/document';
import type { ExtractResult, RawBlock } from './types';
import { attr, xmlTokens } from './xml-tokens';
import { headingLevels } from './docx-styles';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function fail(code: ImportError['code'], message: string): ExtractResult {
  return { ok: false, error: { code, message } };
}

/** Whether the OLE directory holds a stream named `name` (directory names are UTF-16LE). */
function oleHasStream(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function oleError(bytes: Uint8Array, fileName: string): ExtractResult {
  // Office saves a password-protected .docx as an OLE file holding the encrypted package.
  if (oleHasStream(bytes, 'EncryptionInfo') || oleHasStream(bytes, 'EncryptedPackage')) {
    return fail(
      'encrypted',
      `${fileName} is password-protected: open it in Word or WPS, remove the password, save it as .docx and import it again.`,
    );
  }
  return fail(
    'legacy-word',
    `${fileName} is a legacy Word/WPS file; open it in Word or WPS and save as .docx, then import that.`,
  );
}

const utf8 = new TextDecoder('utf-8');

/**
 * The three parts we read hold the text and its styles, never images: a report's
 * document.xml is a few MB and compresses about 10:1. 64 MB of XML is far beyond
 * any report; 100:1 past 1 MB is what a decompression bomb looks like.
 */
export const DOCX_LIMITS = { maxTotalBytes: 64 * 1024 * 1024, maxRatio: 100 };

function zipFailure(fileName: string, f: UnzipFailure): ExtractResult {
  switch (f.kind) {
    case 'bomb':
      return fail(
        'too-large',
        `${fileName} looks like a decompression bomb: ${f.reason}. It was not imported; if it is a real report, open it in Word or WPS and save it again.`,
      );
    case 'too-large':
      return fail(
        'too-large',
        `${fileName} is too large to be a report: ${f.reason}. Check that it is a single report.`,
      );
    case 'encrypted':
      return fail(
        'encrypted',
        `${fileName} is encrypted (${f.reason}): remove the password in Word or WPS, save it as .docx and import it again.`,
      );
    case 'not-zip':
    case 'damaged':
    case 'unsupported':
      return fail(
        'corrupt',
        `${fileName} is damaged: ${f.reason}. Nothing was imported from it; download or copy it again, or open it in Word or WPS and save it as a new .docx.`,
      );
  }
}

export function extractDocx(bytes: Uint8Array, fileName: string): ExtractResult {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return oleError(bytes, fileName);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail(
      'corrupt',
      `${fileName} is not a valid .docx file (it is not a ZIP package): it may be damaged or misnamed.`,
    );
  }
  const wanted = new Set(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']);
  const unzipped = unzipBounded(bytes, DOCX_LIMITS, (name) => wanted.has(name));
  if (!unzipped.ok) return zipFailure(fileName, unzipped.failure);
  const files = unzipped.files;
  const documentXml = files.get('word/document.xml');
  if (!documentXml) {
    return fail(
      'corrupt',
      `${fileName} is not a Word document (it has no word/document.xml): save it from Word or WPS as .docx.`,
    );
  }
  const styles = files.get('word/styles.xml');
  const levels = styles ? headingLevels(utf8.decode(styles)) : new Map<string, number>();
  let malformedAt: number | null = null;
  const blocks = documentBlocks(utf8.decode(documentXml), levels, (at) => (malformedAt = at));
  const core = files.get('docProps/core.xml');
  const properties = core ? coreProperties(utf8.decode(core)) : {};
  const title = properties['title'] ?? null;
  if (blocks.length === 0 && malformedAt !== null) {
    return fail(
      'corrupt',
      `${fileName} is damaged: its word/document.xml breaks off before any text (an unclosed tag or comment). Nothing was imported; open it in Word or WPS and save it again.`,
    );
  }
  if (blocks.length === 0) {
    return fail(
      'no-text',
      `${fileName} contains no text: check that it is the report and not a scanned image inside Word.`,
    );
  }
  return {
    ok: true,
    value: {
      format: 'docx',
      encoding: null,
      blocks,
      containerTitle: title,
      properties,
      warnings:
        malformedAt === null
          ? []
          : [
              {
                code: 'damaged-xml',
                message: `${fileName} is damaged: its text breaks off after ${blocks.length} paragraphs (an unclosed tag or comment in word/document.xml), so the rest was not imported. Open it in Word or WPS, check the end of the report and save it again.`,
              },
            ],
    },
  };
}

/** Elements whose text is not document text: deleted revisions, field codes, duplicate fallbacks. */
const SKIP = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:moveFrom']);

interface Para {
  text: string;
  style: string | null;
  outline: number | null;
}

/** Paragraphs and table rows of document.xml, in order. */
export function documentBlocks(
  xml: string,
  levels: Map<string, number>,
  onMalformed?: (offset: number) => void,
): RawBlock[] {
  const blocks: RawBlock[] = [];
  // Text boxes nest paragraphs inside a paragraph's run; a stack keeps them apart.
  const paras: Para[] = [];
  // One entry per open table row (tables nest): the row's cells, and the cell being filled.
  const rows: { cells: string[]; cell: string[] }[] = [];
  let skip = 0;
  let inText = false;

  const emit = (p: Para) => {
    const level = p.outline ?? (p.style !== null ? levels.get(p.style) : undefined);
    for (const line of p.text.split('\n')) {
      if (line.trim() === '') continue;
      const block: RawBlock = { text: line, zone: 'main' };
      if (level !== undefined) block.headingLevel = level;
      blocks.push(block);
    }
  };

  for (const t of xmlTokens(xml, onMalformed)) {
    if (t.kind === 'text') {
      if (inText && skip === 0 && paras.length > 0) paras[paras.length - 1]!.text += t.text;
      continue;
    }
    const name = t.name;
    if (SKIP.has(name)) {
      if (t.kind === 'open' && !t.selfClosing) skip++;
      else if (t.kind === 'close') skip = Math.max(0, skip - 1);
      continue;
    }
    const p = paras[paras.length - 1];
    if (t.kind === 'close') {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p') {
        const done = paras.pop();
        if (!done) continue;
        const row = rows[rows.length - 1];
        if (row && paras.length === 0) row.cell.push(done.text.replace(/\n/g, ' ').trim());
        else emit(done);
      } else if (name === 'w:tc') {
        const row = rows[rows.length - 1];
        if (row) {
          row.cells.push(row.cell.filter((s) => s !== '').join(' '));
          row.cell = [];
        }
      } else if (name === 'w:tr') {
        const row = rows.pop();
        const text = row ? row.cells.join('\t').trim() : '';
        if (!row || text === '') continue;
        const outer = rows[rows.length - 1];
        // A nested table's row becomes part of the enclosing cell.
        if (outer) outer.cell.push(text);
        else blocks.push({ text, zone: 'main' });
      }
      continue;
    }
    if (skip > 0) continue;
    switch (name) {
      case 'w:p':
        if (t.selfClosing) break;
        paras.push({ text: '', style: null, outline: null });
        break;
      case 'w:t':
        inText = !t.selfClosing;
        break;
      case 'w:pStyle':
        if (p) p.style = attr(t.attrs, 'w:val');
        break;
      case 'w:outlineLvl': {
        // 0–8 are outline levels 1–9; 9 means body text.
        const v = Number(attr(t.attrs, 'w:val'));
        if (p && Number.isInteger(v) && v >= 0 && v < 9) p.outline = v + 1;
        break;
      }
      case 'w:tab':
        // w:tab inside w:pPr/w:tabs defines a tab stop; only a run's w:tab is text.
        if (p && attr(t.attrs, 'w:val') === null) p.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (p && attr(t.attrs, 'w:type') !== 'page' && attr(t.attrs, 'w:type') !== 'column') p.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (p) p.text += '-';
        break;
      case 'w:tr':
        if (!t.selfClosing) rows.push({ cells: [], cell: [] });
        break;
    }
  }
  return blocks;
}

/** docProps/core.xml: dc:title, dc:creator, cp:keywords, dcterms:created … keyed by local name, lower-cased. */
export function coreProperties(xml: string): Record<string, string> {
  const props: Record<string, string> = {};
  let current: string | null = null;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'open' && !t.selfClosing && t.name !== 'cp:coreProperties') {
      current = t.name.replace(/^.*:/, '').toLowerCase();
    } else if (t.kind === 'text' && current) {
      const v = t.text.trim();
      if (v) props[current] = (props[current] ?? '') + v;
    } else if (t.kind === 'close') current = null;
  }
  return props;
}
