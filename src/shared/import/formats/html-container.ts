/**
 * Which element holds the article. Government portals put it in a handful of
 * well-known containers; when none is present, the element with the most
 * Chinese text in paragraph-like children wins.
 */
import type { HtmlElement } from './html-tree';
import { countCjk } from './html-tree';

/** Known article containers, most specific first (#zoom sits inside .article on many CMSs). */
const KNOWN: ((el: HtmlElement) => boolean)[] = [
  (el) => hasId(el, 'zoom'),
  (el) => hasClass(el, 'trs_editor'),
  (el) => hasId(el, 'ucap-content') || hasClass(el, 'pages_content') || hasClass(el, 'pages-content'),
  (el) => hasClass(el, 'article-content') || hasClass(el, 'article_content') || hasClass(el, 'art_con'),
  (el) => el.tag === 'article',
  (el) => hasClass(el, 'article'),
  (el) => hasId(el, 'content'),
  (el) => hasClass(el, 'content'),
  (el) => hasClass(el, 'view'),
  (el) => hasClass(el, 'detail'),
];

function hasId(el: HtmlElement, id: string): boolean {
  return (el.attrs['id'] ?? '').toLowerCase() === id;
}

function hasClass(el: HtmlElement, cls: string): boolean {
  const c = el.attrs['class'];
  return c !== undefined && c.toLowerCase().split(/\s+/).includes(cls);
}

/** Every element under `root` (itself included), in document order; iterative, so any depth is fine. */
function elements(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
}

const PARAGRAPH_LIKE = new Set([
  'p',
  'span',
  'font',
  'strong',
  'b',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'section',
  'br',
]);

/** CJK text held directly by `el`: its own text plus its paragraph-like children. */
function paragraphText(el: HtmlElement): number {
  let n = 0;
  for (const child of el.children) {
    if (typeof child === 'string') n += countCjk(child);
    else if (PARAGRAPH_LIKE.has(child.tag)) n += child.cjk;
  }
  return n;
}

/**
 * The article container, or null when the page has no Chinese text to go by
 * (then everything counts as main).
 */
export function findContainer(root: HtmlElement): HtmlElement | null {
  const total = root.cjk;
  if (total === 0) return null;
  const all = elements(root);
  for (const test of KNOWN) {
    // Among equal candidates the one with most text; it must hold a fair share of the
    // page, or it is a sidebar that happens to share the class name.
    let best: HtmlElement | null = null;
    for (const el of all) if (test(el) && (!best || el.cjk > best.cjk)) best = el;
    if (best && best.cjk >= 0.3 * total) return best;
  }
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (const el of all) {
    const score = paragraphText(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
