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

/**
 * Two-character county names (嵩县, 沛县, 芒市), by first character: words of prose too, so they count only
 * in a title or publisher, where they begin the issuer's name (嵩县人民政府, 河南省嵩县2022年…).
 */
let shortByFirstChar: Map<string, string[]> | null = null;
function shortNames(): Map<string, string[]> {
  if (shortByFirstChar) return shortByFirstChar;
  const map = new Map<string, string[]>();
  for (const d of allDivisions()) {
    if (d.name.length !== 2 || d.level !== 'county' || /^(城区|郊区|矿区|东区|西区)$/.test(d.name)) continue;
    const list = map.get(d.name[0]!) ?? [];
    if (!list.includes(d.name)) list.push(d.name);
    map.set(d.name[0]!, list);
  }
  shortByFirstChar = map;
  return map;
}
/** What follows a two-character county name that begins an issuer's name. */
const AFTER_SHORT = /^(?:人民政府|政府|县委|委员会|司法局|公安局|教育局|财政局|人民法院|[\d０-９]|二〇|二零|关于|法治)/;

/** Division names found in `text` with their positions, in reading order; at each place the longest name wins. */
function namesIn(text: string, short = false): { name: string; at: number }[] {
  const index = namesByFirstChar();
  const found: { name: string; at: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    let name = index.get(text[at]!)?.find((n) => text.startsWith(n, at));
    if (!name && short) {
      // At the start, after a non-Han character, or right after a name found (河南省嵩县): not inside a word.
      const prev = found[found.length - 1];
      const free = at === 0 || !/\p{Script=Han}/u.test(text[at - 1]!) || (prev && prev.at + prev.name.length === at);
      const two = free
        ? shortNames()
            .get(text[at]!)
            ?.find((n) => text.startsWith(n, at))
        : undefined;
      if (two && AFTER_SHORT.test(text.slice(at + 2))) name = two;
    }
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

/** Districts and counties by the code of their city (a municipality's by its province), with their bare names. */
let bareByParent: Map<string, { bare: string; d: Division }[]> | null = null;
function districtsByParent(): Map<string, { bare: string; d: Division }[]> {
  if (bareByParent) return bareByParent;
  const map = new Map<string, { bare: string; d: Division }[]>();
  for (const d of allDivisions()) {
    if (d.level !== 'county' || !d.parentCode) continue;
    // 浦东新区 is written 浦东 or 浦东新; 朝阳区 朝阳; 密云县 密云. Autonomous counties keep their names.
    const m = /^(\p{Script=Han}{2,}?)(新区|区|县)$/u.exec(d.name);
    if (!m || /自治$/.test(m[1]!)) continue;
    const bares = m[2] === '新区' ? [m[1]!, `${m[1]!}新`] : [m[1]!];
    const list = map.get(d.parentCode) ?? [];
    for (const bare of bares) list.push({ bare, d });
    map.set(d.parentCode, list);
  }
  bareByParent = map;
  return map;
}

/** Cities a district may be written after, by first character: municipalities and prefecture-level cities, full and short names. */
let cityNames: Map<string, { name: string; code: string }[]> | null = null;
function citiesWithDistricts(): Map<string, { name: string; code: string }[]> {
  if (cityNames) return cityNames;
  const byParent = districtsByParent();
  const map = new Map<string, { name: string; code: string }[]>();
  const add = (name: string, code: string) => {
    const list = map.get(name[0]!) ?? [];
    list.push({ name, code });
    map.set(name[0]!, list);
  };
  for (const d of allDivisions()) {
    if (d.level === 'county' || !byParent.has(d.code)) continue;
    add(d.name, d.code);
    const short = shortName(d.name);
    if (short !== d.name && short.length >= 2) add(short, d.code);
  }
  cityNames = map;
  return map;
}

/**
 * What may follow a district written without 区 in a title or a publisher (上海浦东2022年…, 北京朝阳司法局,
 * 天津滨海新关于…): a year, the rest of the government's or a department's name, the report's subject.
 * Anything else (北京朝阳门街道) is another name that happens to begin alike.
 */
const AFTER_BARE =
  /^(?:$|[\s\d０-９〇零一二_|（(:：]|年|关于|人民|政府|区委|县委|法治|依法|司法|公安|教育|财政|民政|人力|市场|生态|住房|住建|交通|卫生|卫健|应急|城管|审计|统计|税务|文化|农业|水务|商务)/;

/**
 * A district or county written without 区 right after its city (上海浦东, 天津滨海新, 北京朝阳, 广州天河):
 * the one child of that city whose bare name stands there, or null when none or several do.
 */
function bareDistrict(text: string): { d: Division; at: number } | null {
  const byParent = districtsByParent();
  for (let at = 0; at < text.length; at++) {
    const cities = citiesWithDistricts()
      .get(text[at]!)
      ?.filter((c) => text.startsWith(c.name, at));
    if (!cities?.length) continue;
    const hits = new Map<string, Division>();
    for (const c of cities) {
      const rest = at + c.name.length;
      for (const { bare, d } of byParent.get(c.code) ?? []) {
        if (text.startsWith(bare, rest) && AFTER_BARE.test(text.slice(rest + bare.length))) hits.set(d.code, d);
      }
    }
    if (hits.size === 1) return { d: [...hits.values()][0]!, at };
    if (hits.size > 1) return null;
  }
  return null;
}

/** Sources (title, publisher) in which a district written without 区 counts; running text has too many other names. */
const BARE_SOURCES = 2;

/**
 * The region of a document. Sources are tried in order (title, publisher,
 * opening text); the first that names a resolvable division decides. Its first
 * division counts, narrowed by divisions written right after it (杭州市临平区):
 * a county the text merely mentions later is not the reporting government.
 * All sources together serve as context for ambiguous names.
 */
export function resolveRegion(sources: (string | null)[]): Region {
  const context = sources.filter((s): s is string => !!s).join('\n');
  for (const [i, source] of sources.entries()) {
    if (!source) continue;
    const bare = i < BARE_SOURCES ? bareDistrict(source) : null;
    const found = namesIn(source, i < BARE_SOURCES).flatMap(({ name, at }) =>
      resolveName(name, context).map((d) => ({ d, at, end: at + name.length })),
    );
    if (!found.length) {
      if (bare) return regionOf(bare.d);
      continue;
    }
    let current = found[0]!;
    for (const next of found.slice(1)) {
      const adjacent = next.at === current.end;
      const inside = divisionPath(next.d.code).some((a) => a.code === current.d.code);
      if (!adjacent || !inside) break;
      current = next;
    }
    // 北京市朝阳2022年…: the city was found, the district written without 区 after it is more exact.
    if (bare && bare.d.code !== current.d.code && divisionPath(bare.d.code).some((a) => a.code === current.d.code)) {
      return regionOf(bare.d);
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
