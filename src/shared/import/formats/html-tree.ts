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
  /** Set when the page nests elements deeper than MAX_DEPTH: parsing stopped there, the rest is not in the tree. */
  tooDeep: boolean;
}

/**
 * Deeper than any real page (portals with unclosed <font> in every paragraph reach a
 * few hundred). htmlparser2 keeps its open elements with Array.unshift, so each level
 * costs more than the last: 50,000 levels took 25 s, 100,000 took 71 s.
 */
export const MAX_DEPTH = 5000;

/** Thrown from a parser callback to stop parsing (htmlparser2 has no abort). */
class TooDeep extends Error {}

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
  let depth = 0;
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
        if (++depth > MAX_DEPTH) throw new TooDeep();
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
        depth--;
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
  let tooDeep = false;
  try {
    parser.write(html);
    parser.end();
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    tooDeep = true;
    // Close what was open, so every element's CJK count includes its children's.
    for (let el: HtmlElement | null = current; el && el.parent; el = el.parent) el.parent.cjk += el.cjk;
  }
  const t = title.replace(/\s+/g, ' ').trim();
  return { root, title: t === '' ? null : t, meta, tooDeep };
}
