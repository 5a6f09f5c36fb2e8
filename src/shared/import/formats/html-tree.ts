/**
 * Parse HTML into a small element tree with htmlparser2. Pure parsing: nothing in
 * the page is executed; scripts, styles, embedded objects and hidden elements are
 * dropped while parsing, so their text never reaches a block.
 */
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Number of CJK ideographs in the element's kept text (all descendants). */
  cjk: number;
}
export type HtmlNode = HtmlElement | string;

export interface HtmlTree {
  root: HtmlElement;
  title: string | null;
  /** <meta name|property=… content=…>, names lower-cased. */
  meta: Record<string, string>;
}

/** Elements whose content is never document text. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'button',
  'textarea',
]);

export function countCjk(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) n++;
  }
  return n;
}

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  const style = attrs['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function parseHtml(html: string): HtmlTree {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null, cjk: 0 };
  let current = root;
  // Depth inside dropped elements (and <head>, whose only text we want is <title>).
  let dropped = 0;
  let inHead = false;
  let inTitle = false;
  let title = '';
  const meta: Record<string, string> = {};

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs['name'] ?? attrs['property'] ?? '').trim().toLowerCase();
          if (key && attrs['content'] !== undefined) meta[key] = attrs['content'].trim();
        }
        // <title> lives in the dropped <head>; an <svg><title> is not the page's title.
        if (name === 'title' && (inHead || dropped === 0) && title === '') inTitle = true;
        if (name === 'head') inHead = true;
        if (dropped > 0 || DROP.has(name) || isHidden(attrs) || name === 'head') {
          dropped++;
          return;
        }
        const el: HtmlElement = { tag: name, attrs, children: [], parent: current, cjk: 0 };
        current.children.push(el);
        current = el;
      },
      ontext(text) {
        if (inTitle) title += text;
        if (dropped > 0 || inHead) return;
        current.children.push(text);
        current.cjk += countCjk(text);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'head') inHead = false;
        if (dropped > 0) {
          dropped--;
          return;
        }
        // htmlparser2 balances tags itself, so this closes `current`.
        const parent = current.parent;
        if (parent) {
          parent.cjk += current.cjk;
          current = parent;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const t = title.replace(/\s+/g, ' ').trim();
  return { root, title: t === '' ? null : t, meta };
}
