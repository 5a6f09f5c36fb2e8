/**
 * A minimal streaming tokenizer for the machine-written XML inside OOXML
 * packages. Much faster than building a DOM for a 300 KB styles.xml, and it
 * never throws: malformed input just yields fewer tokens.
 */

export type XmlToken =
  | { kind: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

// Tags (attribute values may contain '>' only inside quotes), or a run of text.
// Comments, processing instructions and CDATA are matched first so they are skipped.
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

export function* xmlTokens(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[1] !== undefined) yield { kind: 'text', text: m[1] };
    else if (m[3] !== undefined) {
      if (m[2] === '/') yield { kind: 'close', name: m[3] };
      else yield { kind: 'open', name: m[3], attrs: m[4] ?? '', selfClosing: m[5] === '/' };
    } else if (m[6] !== undefined) yield { kind: 'text', text: decodeXmlEntities(m[6]) };
  }
}

/** The value of attribute `name` (with its prefix, e.g. "w:val") in a tag's attribute string. */
export function attr(attrs: string, name: string): string | null {
  const i = attrs.indexOf(name + '=');
  if (i === -1) return null;
  // Make sure we matched a whole attribute name, not the tail of a longer one.
  const before = attrs[i - 1];
  if (before !== undefined && !/\s/.test(before)) {
    const rest = attrs.slice(i + name.length);
    return attr(rest, name);
  }
  const quote = attrs[i + name.length + 1];
  if (quote !== '"' && quote !== "'") return null;
  const end = attrs.indexOf(quote, i + name.length + 2);
  return end === -1 ? null : decodeXmlEntities(attrs.slice(i + name.length + 2, end));
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ent: string) => {
    if (ent[0] === '#') {
      const cp = ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[ent] ?? whole;
  });
}
