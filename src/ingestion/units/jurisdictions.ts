import type { JurisdictionRef } from '../../model/parsed';
import { defaultLineTable, isProvincial, type Jurisdiction, type JurisdictionLevel, type LineTable } from './functional-lines';

/** Deeper levels win when a name carries several markers (重庆市永川区税务局 is 永川's, not 重庆's). */
const DEPTH: Record<JurisdictionLevel, number> = {
  NATIONAL: 0,
  REGION: 0,
  PROVINCE: 1,
  MUNICIPALITY: 1,
  CITY: 2,
  DISTRICT: 3,
  COUNTY: 3,
};

export function jurisdictionDepth(j: Jurisdiction): number {
  return DEPTH[j.level];
}

export function findJurisdiction(name: string, table: LineTable = defaultLineTable()): Jurisdiction | undefined {
  return table.jurisdictionByName.get(name);
}

/** The province or municipality a place lies in (达州市 → 四川省, 开州区 → 重庆市), itself for one; undefined above them. */
export function enclosingProvince(j: Jurisdiction, table: LineTable = defaultLineTable()): Jurisdiction | undefined {
  return jurisdictionChain(j, table).find(isProvincial);
}

/** The jurisdiction itself, then its parent, grandparent … */
export function jurisdictionChain(j: Jurisdiction, table: LineTable = defaultLineTable()): Jurisdiction[] {
  const chain: Jurisdiction[] = [];
  let cur: Jurisdiction | undefined = j;
  while (cur && !chain.includes(cur)) {
    chain.push(cur);
    cur = cur.parent === undefined ? undefined : table.jurisdictionByName.get(cur.parent);
  }
  return chain;
}

const LEVEL_SUFFIX = /(市|省|自治区|特别行政区|区|县|自治县)$/u;

/**
 * A jurisdiction the data file does not know yet (a document from another district): built from the parser's
 * reference so that 区X in its lists still expands to <name>X. Markers are the name with and without its level
 * suffix (渝北区 → 渝北区, 渝北).
 */
export function adHocJurisdiction(ref: JurisdictionRef | string): Jurisdiction {
  const name = typeof ref === 'string' ? ref : ref.name;
  const suffix = LEVEL_SUFFIX.exec(name)?.[0];
  const level: JurisdictionLevel =
    typeof ref !== 'string'
      ? ref.level
      : suffix === '省' || suffix === '自治区'
        ? 'PROVINCE'
        : suffix === '区'
          ? 'DISTRICT'
          : suffix === '县' || suffix === '自治县'
            ? 'COUNTY'
            : 'CITY';
  const contextPrefix =
    level === 'PROVINCE' ? '省' : level === 'DISTRICT' ? '区' : level === 'COUNTY' ? '县' : level === 'NATIONAL' ? undefined : '市';
  const bare = suffix !== undefined && name.length - suffix.length >= 2 ? name.slice(0, -suffix.length) : undefined;
  const parent = typeof ref === 'string' ? undefined : ref.parent;
  return {
    name,
    level,
    ...(parent !== undefined ? { parent } : {}),
    contextPrefixes: contextPrefix ? [contextPrefix] : [],
    markers: bare ? [name, bare] : [name],
    seatMarkers: [],
    abbreviations: [],
    aliases: [],
    heads: {},
  };
}

/**
 * The jurisdiction a list belongs to: the data file's entry when it knows the name (or an alias such as
 * 重庆市永川区), otherwise one built from the document's own jurisdiction reference.
 */
export function resolveListJurisdiction(
  name: string,
  refs: readonly JurisdictionRef[] = [],
  table: LineTable = defaultLineTable(),
): { jurisdiction: Jurisdiction; known: boolean } {
  const known = findJurisdiction(name, table);
  if (known) return { jurisdiction: known, known: true };
  const ref = refs.find((r) => r.name === name);
  return { jurisdiction: adHocJurisdiction(ref ?? name), known: false };
}

const SUB_OFFICE = /(?:分局|支局|支行)$/;
const TOWN = /(?:镇|乡|街道|街道办事处)(?:人民政府|政府)?$/u;
const RAILWAY_GROUP = /^(?:中铁|中国铁路)?成都局集团(?:有限)?公司(.+)$/u;

/**
 * The jurisdiction a name names itself (重庆海关 → 重庆市, 人行永川中心支行 → 永川区), deepest first.
 * Seat markers (成都 for 四川省) count only for vertical lines: 成都海关 is Sichuan's customs, but a
 * 成都市商务局 would be the city's own bureau.
 */
export function carriedJurisdiction(
  name: string,
  vertical: boolean,
  table: LineTable = defaultLineTable(),
  extra: readonly Jurisdiction[] = [],
): Jurisdiction | undefined {
  // The railway group's name is no place of its office: 中铁成都局集团公司重庆货运中心 is in 重庆.
  const office = RAILWAY_GROUP.exec(name)?.[1];
  if (office !== undefined) return carriedJurisdiction(office, vertical, table, extra) ?? carriedJurisdiction(name.slice(0, name.length - office.length), vertical, table, extra);
  const all = [...extra, ...table.data.jurisdictions];
  // A place named inside a landmark that lies elsewhere (重庆江北国际机场 is in 渝北区): the landmark's place, not the name's.
  const landmark = Object.entries(table.data.landmarks).find(([n]) => name.includes(n));
  const landmarkPlace = landmark && all.find((j) => j.name === landmark[1]);
  const scanned = landmarkPlace ? name.replace(landmark[0], '') : name;
  // A sub-office (…分局, …支局, …支行) sits below its province's office: 成都金融监管分局 is the city's, under 四川金融监管局.
  const seated = vertical && !SUB_OFFICE.test(name);
  const seats = seated ? all.flatMap((j) => j.seatMarkers.filter((m) => name.includes(m))) : [];
  let best: { j: Jurisdiction; depth: number; len: number } | undefined;
  const consider = (j: Jurisdiction, m: string, seat: boolean): void => {
    if (!scanned.includes(m)) return;
    // A seat marker names the province, not the city of the same name: 成都海关 must not go to a 成都市 entry.
    if (!seat && seats.some((s) => s.includes(m))) return;
    const depth = jurisdictionDepth(j);
    if (!best || depth > best.depth || (depth === best.depth && m.length > best.len)) best = { j, depth, len: m.length };
  };
  // A town or street is named after its hill or river (歌乐山镇 is 沙坪坝's, not 乐山's): only a place it opens with counts.
  const town = TOWN.test(name);
  for (const j of all) {
    for (const m of j.markers) if (!town || name.startsWith(m)) consider(j, m, false);
    if (seated) for (const m of j.seatMarkers) consider(j, m, true);
  }
  if (landmarkPlace && (!best || jurisdictionDepth(landmarkPlace) > best.depth)) return landmarkPlace;
  return best?.j;
}
