/**
 * Issuing office → jurisdiction (块), driven by data/jurisdictions.json so that a plan of any
 * province, city, district or county resolves without code changes.
 */
import type { JurisdictionRef } from '../../model/parsed';
import table from '../../../data/jurisdictions.json';

type Level = JurisdictionRef['level'];
interface SuffixRule {
  suffix: string;
  level: string;
}
interface Provincial {
  name: string;
  level: string;
  short: string;
}

const PROVINCIAL: readonly Provincial[] = [...table.provincial].sort((a, b) => b.name.length - a.name.length);
const OFFICES: readonly string[] = [...table.offices].sort((a, b) => b.length - a.length);
const MAX_NAME = 14;

function asLevel(level: string): Level {
  return level as Level;
}

/** Is the rest of an issuer name an office (or a department), i.e. the place name ended here? */
function isOfficeRest(rest: string): boolean {
  if (rest.length === 0) return true;
  if (OFFICES.includes(rest)) return true;
  // A department (商务委员会, 财政局) also ends the place part; it must not itself look like a place.
  return /^[\u4e00-\u9fff]{1,12}(?:委员会|委|厅|局|办|中心|处|署|院)$/.test(rest) && !/[省市区县州旗]/.test(rest.slice(0, 2));
}

/** Reads a lower-level place (永川区, 成都市, 凉山彝族自治州) at the start of `rest`; longest name whose remainder is an office. */
function readLower(rest: string, rules: readonly SuffixRule[], minChars: number): { name: string; level: Level; rest: string } | undefined {
  let best: { name: string; level: Level; rest: string } | undefined;
  for (let k = minChars + 1; k <= Math.min(rest.length, MAX_NAME); k++) {
    const name = rest.slice(0, k);
    for (const r of rules) {
      if (!name.endsWith(r.suffix) || name.length - r.suffix.length < minChars) continue;
      const after = rest.slice(k);
      if (isOfficeRest(after)) {
        // Prefer the split that leaves a known office: 沙市区人民政府 is 沙市区, not 沙市 + 区….
        if (!best || OFFICES.includes(after) || after.length === 0) best = { name, level: asLevel(r.level), rest: after };
      }
    }
  }
  return best;
}

/** A city-level name followed by a county-level one (成都市武侯区…): the county, with the city as parent. */
function readCityCounty(rest: string): { name: string; level: Level; parent: string } | undefined {
  const cityRules = table.lowerLevelSuffixes.underProvince;
  for (let k = 3; k <= Math.min(rest.length, MAX_NAME); k++) {
    const city = rest.slice(0, k);
    if (!cityRules.some((r) => city.endsWith(r.suffix) && city.length - r.suffix.length >= 2)) continue;
    const county = readLower(rest.slice(k), table.lowerLevelSuffixes.underCity, 1);
    if (county) return { name: county.name, level: county.level, parent: city };
  }
  return undefined;
}

const CENTRAL_PREFIX = new RegExp(`^(?:${[...table.centralPrefixes].sort((a, b) => b.length - a.length).join('|')})(?=\\S{3})`, 'u');
const VERTICAL_OFFICE = new RegExp(`^(?:${table.verticalOffices.join('|')})$`, 'u');

/** 重庆海关, 四川金融监管局: a vertical line's office after a province's name without 省/市; 成都海关, by the data file. */
function provinceOfVerticalOffice(name: string): JurisdictionRef | undefined {
  for (const p of table.verticalPlaces) if (name.startsWith(p.issuerPrefix)) return { name: p.name, level: asLevel(p.level) };
  for (const p of PROVINCIAL) {
    const bare = p.name.replace(/(?:省|市|自治区|特别行政区)$/u, '');
    if (bare.length >= 2 && name.startsWith(bare) && VERTICAL_OFFICE.test(name.slice(bare.length))) return { name: p.name, level: asLevel(p.level) };
  }
  return undefined;
}

/** The jurisdiction of one issuing office, or undefined if the name carries no place. */
export function jurisdictionOfIssuer(issuer: string): JurisdictionRef | undefined {
  // 国家税务总局四川省税务局 is 四川省's office of a central body; 重庆海关 and 成都海关 issue for their provinces.
  const name = issuer.replace(/\s+/g, '').replace(CENTRAL_PREFIX, '');
  return provinceOfVerticalOffice(name) ?? placeOpening(name);
}

/** The place a name opens with, read as an issuing office's is (重庆市永川区人民政府办公室 → 永川区). */
function placeOpening(written: string): JurisdictionRef | undefined {
  // 中共重庆市委办公厅 is the Party committee's office of 重庆市: 中共 names the Party, not a place.
  const name = written.replace(/\s+/g, '').replace(/文件$/, '').replace(/^(?:中共|中国共产党)/, '');
  for (const n of [...table.national, ...table.regions]) if (name.startsWith(n.issuerPrefix)) return { name: n.name, level: asLevel(n.level) };
  for (const p of table.places) if (name.startsWith(p.issuerPrefix)) return { name: p.name, level: asLevel(p.level), parent: p.parent };
  const lower = table.lowerLevelSuffixes;
  for (const p of PROVINCIAL) {
    if (!name.startsWith(p.name)) continue;
    const rest = name.slice(p.name.length);
    if (p.level === 'MUNICIPALITY') {
      const sub = readLower(rest, lower.underMunicipality, 1);
      if (sub) return { name: sub.name, level: sub.level, parent: p.name };
    } else {
      const county = readCityCounty(rest);
      if (county) return county;
      const city = readLower(rest, lower.underProvince, 2);
      if (city) return { name: city.name, level: city.level, parent: p.name };
    }
    return { name: p.name, level: asLevel(p.level) };
  }
  const county = readCityCounty(name);
  if (county) return county;
  const city = readLower(name, lower.underProvince, 2);
  if (city) return { name: city.name, level: city.level };
  const district = readLower(name, lower.underMunicipality, 1);
  if (district) return { name: district.name, level: district.level };
  return undefined;
}

/**
 * The jurisdictions of an office 重庆 and 四川 run together (推动成渝地区双城经济圈建设联合办公室): a notice it issues is both
 * provinces', as a joint notice is. Undefined for any other issuer.
 */
export function jointIssuerJurisdictions(issuer: string): JurisdictionRef[] | undefined {
  const name = issuer.replace(/\s+/g, '');
  const joint = table.jointIssuers;
  // An office of an area both run (川渝高竹新区建设领导小组办公室) is the area's.
  if (table.regions.some((r) => name.startsWith(r.issuerPrefix))) return undefined;
  if (!joint.prefixes.some((p) => name.startsWith(p)) || !joint.suffixes.some((s) => name.endsWith(s))) return undefined;
  return joint.jurisdictions.map((j) => ({ name: j.name, level: asLevel(j.level) }));
}

/** Matches the start of a unit name to one of the document's jurisdictions (四川省商务厅 → 四川省); -1 if none. */
export function jurisdictionIndexByPrefix(unit: string, jurisdictions: readonly JurisdictionRef[]): number {
  const u = unit.replace(/\s+/g, '');
  for (let i = 0; i < jurisdictions.length; i++) {
    const j = jurisdictions[i] as JurisdictionRef;
    const bare = j.name.replace(/(省|市|自治区|特别行政区)$/, '');
    if (u.startsWith(j.name) || (bare.length >= 2 && u.startsWith(bare))) return i;
  }
  // In a plan of a province and a municipality (川渝), 省X can only be the province's and 市X the municipality's,
  // whichever list the clause has: （责任单位：省交通运输厅、省港航事务中心、成都海关） alone in a plan 重庆 leads.
  const province = jurisdictions.findIndex((j) => j.level === 'PROVINCE');
  const municipality = jurisdictions.findIndex((j) => j.level === 'MUNICIPALITY');
  if (jurisdictions.length === 2 && province >= 0 && municipality >= 0) {
    if (u.startsWith('省')) return province;
    // Not 市场监管局, nor the 市（州）/市县 of a 四川 list.
    if (u.startsWith('市') && !/^市(?:场|[（(]?[州县])/.test(u)) return municipality;
  }
  return -1;
}

/**
 * The provinces whose side a header may name by their short form (渝方, 川方): the plan's own and the two this genre pairs.
 * 新方 in a 中新 table is Singapore's, 港方 a port's: no province's.
 */
function sideProvinces(jurisdictions: readonly JurisdictionRef[]): readonly Provincial[] {
  return PROVINCIAL.filter((p) => p.name === '重庆市' || p.name === '四川省' || jurisdictions.some((j) => j.name === p.name || j.parent === p.name));
}

/** Whether a header names a place: its full name, its name without 省/市/区/县 (two characters at least), or 渝方/川方. */
function headerNames(h: string, name: string, provinces: readonly Provincial[]): boolean {
  const bare = name.replace(/(?:省|市|区|县|自治区|特别行政区)$/u, '');
  const short = provinces.find((p) => p.name === name)?.short;
  return h.includes(name) || (bare.length >= 2 && h.includes(bare)) || (short !== undefined && h.includes(`${short}方`));
}

/** What a units column's header says besides its place: 责任单位, 牵头部门, （牵头）…. */
const HEADER_ROLE_WORDS = /[（(][^）)]*[）)]|(?:责任|牵头|配合|主责|主要|协同|协助|参与|实施|协办)?(?:单位|部门|主体|处室)|牵头|配合|责任/gu;
/** An area or a park, whose name ends as a district's does (两江新区, 西永片区): no place. */
const AREA_NAME = /新区|开发区|园区|片区|示范区|试验区|保税区|综保区|自贸区|功能区|合作区/u;
// Words that say where a thing lies or which places it concerns, not whose units a column lists (项目所在区县, 涉及区县).
const NOT_A_SIDE = new RegExp(`所在|所属|涉及|试点|合作|城区|市区|地区|区域|区县|市县|城市|${AREA_NAME.source}`, 'u');
/** A place's own name: two characters at least before 区, 县, 市 or 州 (not 区县). */
const PLACE_NAME = /^[\u3400-\u9fff]{2,10}[区县市州]$/u;

/**
 * The place a unit's name opens with (江津区交通局 → 江津区), read as an issuer's is; never the country, an area both
 * provinces run, or a park's or new area's name (两江新区管委会).
 */
export function placeOfName(name: string): JurisdictionRef | undefined {
  // A vertical office (重庆海关 in a 万州 plan's second list) is no place's list: only an issuer stands for its province.
  const read = placeOpening(name);
  return read !== undefined && read.level !== 'NATIONAL' && read.level !== 'REGION' && !AREA_NAME.test(read.name) ? read : undefined;
}

/** A place written by its own full name alone (大足区, 江津区), not a word that says where things lie (片区, 区县). */
function placeNamed(name: string): JurisdictionRef | undefined {
  if (!PLACE_NAME.test(name) || NOT_A_SIDE.test(name)) return undefined;
  const read = placeOfName(name);
  return read?.name === name ? read : undefined;
}

/**
 * The place a province's side means in a plan (重庆方 in a plan of 合川区 and 广安市 is 合川区, whose list says 市X for
 * 重庆市X; a city written without its province is 四川's), or the province itself.
 */
function sideOf(province: Provincial, jurisdictions: readonly JurisdictionRef[]): JurisdictionRef {
  const within = jurisdictions.filter((j) => j.parent === province.name);
  const cities = province.level === 'PROVINCE' ? jurisdictions.filter((j) => j.parent === undefined && (j.level === 'CITY' || j.level === 'COUNTY')) : [];
  const one = within.length === 1 ? within[0] : within.length === 0 && cities.length === 1 ? cities[0] : undefined;
  return one ?? { name: province.name, level: asLevel(province.level) };
}

/**
 * The place a table column's header names (重庆方责任单位, 四川省牵头单位, 泸州市责任单位, 渝方责任单位, 江津区责任单位): one
 * of the plan's; for a province, the plan's one place in it (see sideOf); else a place its name reads as (a 江津区 column in
 * a plan of 永川区 and 泸州市). Undefined when the header names none, more than one (川渝两地责任单位), or says where things
 * lie (项目所在区县).
 */
export function jurisdictionOfHeader(header: string, jurisdictions: readonly JurisdictionRef[]): JurisdictionRef | undefined {
  const h = header.replace(/\s+/gu, '');
  if (NOT_A_SIDE.test(h)) return undefined;
  const provinces = sideProvinces(jurisdictions);
  const own = jurisdictions.filter((j) => headerNames(h, j.name, provinces));
  if (own.length > 0) return own.length === 1 ? own[0] : undefined;
  const named = provinces.filter((p) => headerNames(h, p.name, provinces));
  if (named.length > 1) return undefined;
  if (named[0] !== undefined) return sideOf(named[0], jurisdictions);
  return placeNamed(h.replace(HEADER_ROLE_WORDS, ''));
}

/**
 * A header that is a side alone (重庆方, 四川方面, 渝方, 川方, one of the plan's places: 綦江区, 泸州市, 永川, or another place
 * by its full name: 大足区): its place; undefined for any other header.
 */
export function sideOfHeader(header: string, jurisdictions: readonly JurisdictionRef[]): JurisdictionRef | undefined {
  const h = header.replace(/\s+/gu, '').replace(/(?<=\S)(?:方面|方)$/u, '');
  if (h.length === 0) return undefined;
  const own = jurisdictions.filter((j) => j.name === h || j.name.replace(/(?:省|市|区|县)$/u, '') === h);
  if (own.length === 1) return own[0];
  const provinces = sideProvinces(jurisdictions);
  const province = provinces.find((p) => p.name === h || p.name.replace(/(?:省|市)$/u, '') === h || (p.short === h && header.includes('方')));
  if (province !== undefined) return sideOf(province, jurisdictions);
  // Another place by its full name (大足区 beside 潼南区⇥遂宁市).
  return placeNamed(h);
}
