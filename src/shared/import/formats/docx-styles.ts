/** Heading levels of Word paragraph styles: Title → 0, heading N → N, else the style's outline level. */
import { attr, xmlTokens } from './xml-tokens';

interface StyleInfo {
  name: string;
  basedOn: string | null;
  outline: number | null;
}

function levelFromName(id: string, name: string): number | null {
  const n = name.trim().toLowerCase();
  if (n === 'title' || n === '标题' || id === 'Title') return 0;
  // Word stores the built-in English name ("heading 1") even in Chinese Word; WPS sometimes writes "标题 1".
  const m = /^(?:heading|标题)\s*([1-9])$/.exec(n) ?? /^Heading([1-9])$/.exec(id);
  return m ? Number(m[1]) : null;
}

/** styleId → heading level, for the paragraph styles that are headings (directly or by inheritance). */
export function headingLevels(stylesXml: string): Map<string, number> {
  const styles = new Map<string, StyleInfo>();
  let id: string | null = null;
  let info: StyleInfo | null = null;
  for (const t of xmlTokens(stylesXml)) {
    if (t.kind === 'open') {
      if (t.name === 'w:style') {
        id = attr(t.attrs, 'w:type') === 'paragraph' ? attr(t.attrs, 'w:styleId') : null;
        info = id ? { name: '', basedOn: null, outline: null } : null;
      } else if (info) {
        if (t.name === 'w:name') info.name = attr(t.attrs, 'w:val') ?? '';
        else if (t.name === 'w:basedOn') info.basedOn = attr(t.attrs, 'w:val');
        else if (t.name === 'w:outlineLvl') {
          const v = Number(attr(t.attrs, 'w:val'));
          if (Number.isInteger(v) && v >= 0 && v < 9) info.outline = v + 1;
        }
      }
    } else if (t.kind === 'close' && t.name === 'w:style') {
      if (id && info) styles.set(id, info);
      id = null;
      info = null;
    }
  }
  const levels = new Map<string, number>();
  for (const [styleId] of styles) {
    // Follow basedOn a few steps (it can loop in damaged files).
    let cur: string | null = styleId;
    for (let depth = 0; cur && depth < 10; depth++) {
      const s = styles.get(cur);
      if (!s) break;
      const level = levelFromName(cur, s.name) ?? s.outline;
      if (level !== null) {
        levels.set(styleId, level);
        break;
      }
      cur = s.basedOn;
    }
  }
  return levels;
}
