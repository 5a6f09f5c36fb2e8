/**
 * The reporting government's region, from division names in the title, the
 * publisher and the opening text, resolved with the GB/T 2260 divisions.
 *
 * Names that several divisions share (朝阳区: Beijing and Changchun; 通州区:
 * Beijing and Nantong) count only when a province or city of one of them is
 * named too (杭州市临平区, 北京市朝阳区); otherwise they are left out rather
 * than guessed.
 */
import { emptyRegion, type Region } from '../../model/document';
import { allDivisions, divisionByCode, divisionPath, divisionsByName } from '../../regions';
import type { Division } from '../../regions';

/**
 * Names worth searching for, by first character (longest first). Two-character
 * names (城区, 郊区, 赵县 …) occur in ordinary prose, and placeholders are no names.
 */
let byFirstChar: Map<string, string[]> | null = null;
function namesByFirstChar(): Map<string, string[]> {
  if (byFirstChar) return byFirstChar;
  const map = new Map<string, string[]>();
  for (const d of allDivisions()) {
    if (d.name.length < 3 || /市辖区|直辖/.test(d.name)) continue;
    const list = map.get(d.name[0]!) ?? [];
    if (!list.includes(d.name)) list.push(d.name);
    map.set(d.name[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  byFirstChar = map;
  return map;
}

/** The short form of a name used in running text: 浙江省 → 浙江, 杭州市 → 杭州, 广西壮族自治区 → 广西. */
function shortName(name: string): string {
  const m = /^(.{2,}?)(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|盟|自治州)$/.exec(name);
  return m ? m[1]! : name;
}

/** Division names found in `text` with their positions, in reading order; at each place the longest name wins. */
function namesIn(text: string): { name: string; at: number }[] {
  const index = namesByFirstChar();
  const found: { name: string; at: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    const name = index.get(text[at]!)?.find((n) => text.startsWith(n, at));
    if (!name) continue;
    found.push({ name, at });
    // Skip past it, so no shorter name inside it (阳市 in 朝阳市) is found again.
    at += name.length - 1;
  }
  return found;
}

function mentioned(d: Division, context: string): boolean {
  return context.includes(d.name) || (shortName(d.name).length >= 2 && context.includes(shortName(d.name)));
}

/** The divisions a name can be, narrowed by the context; empty when still ambiguous. */
function resolveName(name: string, context: string): Division[] {
  const all = divisionsByName(name);
  if (all.length <= 1) return [...all];
  const backed = all.filter((d) => divisionPath(d.code).some((a) => a.code !== d.code && mentioned(a, context)));
  return backed.length === 1 ? backed : [];
}

/**
 * The region of a document. Sources are tried in order (title, publisher,
 * opening text); the first that names a resolvable division decides. Its first
 * division counts, narrowed by divisions written right after it (杭州市临平区):
 * a county the text merely mentions later is not the reporting government.
 * All sources together serve as context for ambiguous names.
 */
export function resolveRegion(sources: (string | null)[]): Region {
  const context = sources.filter((s): s is string => !!s).join('\n');
  for (const source of sources) {
    if (!source) continue;
    const found = namesIn(source).flatMap(({ name, at }) =>
      resolveName(name, context).map((d) => ({ d, at, end: at + name.length })),
    );
    if (!found.length) continue;
    let current = found[0]!;
    for (const next of found.slice(1)) {
      const adjacent = next.at === current.end;
      const inside = divisionPath(next.d.code).some((a) => a.code === current.d.code);
      if (!adjacent || !inside) break;
      current = next;
    }
    return regionOf(current.d);
  }
  return emptyRegion();
}

function regionOf(d: Division): Region {
  const path = divisionPath(d.code);
  const province = path.find((x) => x.level === 'province') ?? divisionByCode(`${d.code.slice(0, 2)}0000`);
  const city = path.find((x) => x.level === 'prefecture' && !/市辖区|直辖/.test(x.name));
  return {
    province: province?.name ?? null,
    city: city?.name ?? null,
    county: d.level === 'county' ? d.name : null,
    code: d.code,
  };
}
