/**
 * Web pages (.html/.htm): charset, then block-level text in reading order, each
 * block marked 'main' (inside the article container) or 'aside' (page furniture).
 */
import type { ImportError, ImportOptions, ImportWarning } from '../../model/document';
import type { ExtractResult, RawBlock } from './types';
import { decodeText, decoderFor, isExecutable, sniffBom } from './decode';
import type { HtmlElement } from './html-tree';
import { MAX_DEPTH, parseHtml } from './html-tree';
import { findContainer } from './html-container';

/** The charset a page declares in <meta charset> or <meta http-equiv=Content-Type>, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i]!);
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

type Decoded =
  { ok: true; text: string; encoding: string; warnings: ImportWarning[] } | { ok: false; error: ImportError };

function decodeHtml(bytes: Uint8Array, fileName: string, options?: ImportOptions): Decoded {
  // An override, a BOM, an empty file or an executable: decode.ts decides alone.
  if (options?.encoding || sniffBom(bytes) || bytes.length === 0 || isExecutable(bytes)) {
    const r = decodeText(bytes, fileName, options?.encoding);
    return r.ok ? { ...r, warnings: r.warnings ?? [] } : r;
  }
  const declared = declaredCharset(bytes);
  const decoder = declared ? decoderFor(declared, true) : null;
  if (decoder) {
    try {
      const text = decoder.decode(bytes);
      // Pages often declare gb2312 yet are UTF-8 (or the reverse): strict UTF-8 that
      // succeeds on non-ASCII bytes is almost never an accident.
      if (decoder.encoding !== 'utf-8' && /[\u0080-\uffff]/.test(text)) {
        const asUtf8 = decoderFor('utf-8', true)!;
        try {
          const utf8 = asUtf8.decode(bytes);
          return { ok: true, text: utf8, encoding: 'utf-8', warnings: [charsetWarning(fileName, declared!, 'utf-8')] };
        } catch {
          // Not UTF-8: the declaration stands.
        }
      }
      return { ok: true, text, encoding: decoder.encoding, warnings: [] };
    } catch {
      // The declaration is wrong: fall through to detection.
    }
  }
  const sniffed = decodeText(bytes, fileName);
  if (!sniffed.ok) return sniffed;
  const warnings = [
    ...(declared ? [charsetWarning(fileName, declared, sniffed.encoding)] : []),
    ...(sniffed.warnings ?? []),
  ];
  return { ...sniffed, warnings };
}

function charsetWarning(fileName: string, declared: string, used: string): ImportWarning {
  return {
    code: 'charset-mismatch',
    message: `${fileName} declares the charset "${declared}" but its bytes are ${used}; it was read as ${used}. If the text looks garbled, choose the encoding by hand.`,
  };
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'ul',
  'title',
  'option',
  'legend',
]);

/** Walks the tree, producing one block per block-level element, <br> line or table row. */
class BlockWriter {
  readonly blocks: RawBlock[] = [];
  private line = '';
  private lineZone: RawBlock['zone'] = 'aside';
  private heading: number | undefined;
  /** Open table rows (tables nest): their finished cells and the cell being written. */
  private rows: { cells: string[]; cell: string }[] = [];

  constructor(private readonly container: HtmlElement | null) {}

  private append(text: string, zone: RawBlock['zone'], heading: number | undefined) {
    const row = this.rows[this.rows.length - 1];
    if (row) {
      row.cell += text;
      return;
    }
    if (this.line.trim() === '') {
      this.lineZone = zone;
      this.heading = heading;
    }
    this.line += text;
  }

  /** Ends the current line; inside a table cell a block boundary is just a space. */
  private flush() {
    const row = this.rows[this.rows.length - 1];
    if (row) {
      row.cell += ' ';
      return;
    }
    const text = this.line.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      const block: RawBlock = { text, zone: this.lineZone };
      if (this.heading !== undefined) block.headingLevel = this.heading;
      this.blocks.push(block);
    }
    this.line = '';
    this.heading = undefined;
  }

  finish() {
    this.flush();
  }

  /** Depth-first over the tree with an explicit stack: a deeply nested page cannot overflow the call stack. */
  walk(root: HtmlElement, rootZone: RawBlock['zone']) {
    interface Frame {
      el: HtmlElement;
      zone: RawBlock['zone'];
      heading: number | undefined;
      pre: boolean;
      next: number;
    }
    const stack: Frame[] = [this.enter(root, rootZone, undefined, false)];
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.next === f.el.children.length) {
        stack.pop();
        this.leave(f.el, f.zone);
        continue;
      }
      const child = f.el.children[f.next++]!;
      if (typeof child !== 'string') {
        if (child.tag === 'br') {
          if (this.rows.length > 0) this.append(' ', f.zone, f.heading);
          else this.flush();
        } else stack.push(this.enter(child, f.zone, f.heading, f.pre));
        continue;
      }
      if (!f.pre) {
        // Collapse markup whitespace as a browser would; a non-breaking space is kept as a space.
        this.append(child.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' '), f.zone, f.heading);
        continue;
      }
      const lines = child.split(/\r?\n/);
      lines.forEach((l, i) => {
        if (i > 0) this.flush();
        this.append(l, f.zone, f.heading);
      });
    }
  }

  private enter(el: HtmlElement, zone: RawBlock['zone'], heading: number | undefined, pre: boolean) {
    if (el === this.container) zone = 'main';
    const h = /^h([1-6])$/.exec(el.tag);
    if (h) heading = Number(h[1]);
    if (el.tag === 'tr') {
      this.flush();
      this.rows.push({ cells: [], cell: '' });
    } else if (el.tag === 'td' || el.tag === 'th') {
      // Cells outside a <tr> (broken markup) are treated as blocks.
      if (this.rows.length === 0) this.flush();
    } else if (BLOCK.has(el.tag)) this.flush();
    if (el.tag === 'pre') pre = true;
    return { el, zone, heading, pre, next: 0 };
  }

  private leave(el: HtmlElement, zone: RawBlock['zone']) {
    if (el.tag === 'tr') {
      const row = this.rows.pop()!;
      row.cells.push(row.cell);
      const text = row.cells
        .map((c) => c.replace(/\s+/g, ' ').trim())
        .filter((c) => c !== '')
        .join('\t');
      if (text !== '') {
        const outer = this.rows[this.rows.length - 1];
        if (outer) outer.cell += ' ' + text;
        else this.blocks.push({ text, zone });
      }
    } else if ((el.tag === 'td' || el.tag === 'th') && this.rows.length > 0) {
      const row = this.rows[this.rows.length - 1]!;
      row.cells.push(row.cell);
      row.cell = '';
    } else if (BLOCK.has(el.tag) || el.tag === 'td' || el.tag === 'th') this.flush();
  }
}

/** Where the first comment that never closes starts, or -1 (one pass: each search starts where the last ended). */
function unclosedComment(html: string): number {
  for (let i = html.indexOf('<!--'); i !== -1;) {
    const end = html.indexOf('-->', i + 4);
    if (end === -1) return i;
    i = html.indexOf('<!--', end + 3);
  }
  return -1;
}

export function extractHtml(bytes: Uint8Array, fileName: string, options?: ImportOptions): ExtractResult {
  const decoded = decodeHtml(bytes, fileName, options);
  if (!decoded.ok) return decoded;
  const tree = parseHtml(decoded.text.replace(/^\ufeff/, ''));
  const container = findContainer(tree.root);
  const writer = new BlockWriter(container);
  writer.walk(tree.root, container ? 'aside' : 'main');
  writer.finish();
  const blocks = writer.blocks;
  const warnings = [...decoded.warnings];
  // An unclosed <!-- hides the rest of the page in a comment (as in a browser): say so if it hides much.
  const source = decoded.text;
  const comment = unclosedComment(source);
  if (comment !== -1 && source.length - comment > 500) {
    warnings.push({
      code: 'html-unclosed-comment',
      message: `${fileName} is damaged: an unclosed comment (<!--) hides its last ${source.length - comment} characters, which were not imported. Open the page in a browser and save it again, or check the end of the report.`,
    });
  }
  if (tree.tooDeep) {
    if (blocks.length === 0) {
      return {
        ok: false,
        error: {
          code: 'corrupt',
          message: `${fileName} nests its elements more than ${MAX_DEPTH} levels deep, which no real web page does, and has no readable text before that: it was not imported. Open it in a browser and save it again, or copy its text into a .txt file.`,
        },
      };
    }
    warnings.push({
      code: 'html-too-deep',
      message: `${fileName} nests its elements more than ${MAX_DEPTH} levels deep (broken markup): only the text before that point was imported. Check the end of the report; open the page in a browser and save it again to get the rest.`,
    });
  }
  if (blocks.length === 0) {
    return {
      ok: false,
      error: {
        code: 'no-text',
        message: `${fileName} is a web page without any text: save the page again once it has fully loaded.`,
      },
    };
  }
  return {
    ok: true,
    value: {
      format: 'html',
      encoding: decoded.encoding,
      blocks,
      containerTitle: tree.title,
      properties: tree.meta,
      warnings,
    },
  };
}
