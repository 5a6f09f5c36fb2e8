/**
 * Reading REFI-QDA XML with fast-xml-parser: every element as an array (so one
 * child and many look the same), attributes prefixed '@_', namespace prefixes
 * dropped (tools write both `<Project xmlns=…>` and `<qda:Project>`).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#13;, &#x20B3E;) are only expanded with this on.
  htmlEntities: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** The document's root element of the given name, or an error message. */
export function parseXmlRoot(
  xml: string,
  rootName: string,
): { ok: true; root: XmlNode } | { ok: false; reason: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { ok: false, reason: `it is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})` };
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (e) {
    return { ok: false, reason: `its XML could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  const root = children(doc, rootName)[0];
  if (!root) return { ok: false, reason: `it has no <${rootName}> root element` };
  return { ok: true, root };
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  if (!Array.isArray(v)) return [];
  // An element with only text parses to a string: wrap it so callers see one shape.
  return v.map((x): XmlNode => (typeof x === 'object' && x !== null ? (x as XmlNode) : { '#text': String(x) }));
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attr(node: XmlNode | undefined, name: string): string | null {
  const v = node?.[`@_${name}`];
  return typeof v === 'string' ? v : null;
}

/** The element's text content. */
export function text(node: XmlNode | undefined): string {
  const v = node?.['#text'];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.join('') : '';
}

/** Names of the element children present (for reporting what was not brought in). */
export function elementNames(node: XmlNode): string[] {
  return Object.keys(node).filter((k) => !k.startsWith('@_') && k !== '#text');
}
