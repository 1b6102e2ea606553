import type { UnitKind } from '../../model/units';
import { expandUnitName, type ExpansionBasis } from './expand';
import {
  defaultLineTable,
  departmentOf,
  isGenericUnit,
  jointAreaOf,
  jointBodyJurisdiction,
  isProvincial,
  matchLine,
  perTable,
  matchesPattern,
  type FunctionalLine,
  type Jurisdiction,
  type LineTable,
} from './functional-lines';
import { enclosingProvince } from './jurisdictions';
import { normalizeUnitName } from './normalize';

export interface ClassifiedUnit {
  /** As written, stray spaces removed (人行永川中心支行). */
  written: string;
  /** Canonical name (重庆市商务委 for 市商务委 in 重庆's list). */
  name: string;
  jurisdiction: Jurisdiction;
  line: FunctionalLine | null;
  kind: UnitKind;
  basis: ExpansionBasis;
  officialName?: string;
  warnings: string[];
}

/**
 * A place's court or procuratorate written in full (江津区人民检察院, 成都市人民检察院) is the one written short (江津区检察院):
 * one body, one node, under the short form the plans use. 中级人民法院 keeps its name (成都市中级人民法院).
 */
const JUDICIAL_FULL_FORM = /^(.+[省市区县])人民(法院|检察院)$/;
const GOVERNMENT_FULL_FORM = /^(.+)人民政府$/u;
const AREA_ALONE = /^[\u3400-\u9fff]{2,12}(?:新区|开发区|高新区|经开区)$/u;
const TOWN_GOVERNMENT = /^(.{2,12}(?:镇|乡|街道))(?:人民政府|政府|办事处)$/u;
// 重庆市公安局渝北区分局: a district's police under the official name of the city's bureau and its branch.
const CITY_POLICE_BRANCH = /^(.{2,6}[市省])公安局(.{1,8}[区县])分局$/u;
const PARK_BODY_FULL_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/高新技术产业开发区(?=管理委员会$|管委会$|管理局$)/u, '高新区'],
  [/综合保税区(?=管理委员会$|管委会$|管理局$)/u, '综保区'],
  [/经济技术开发区(?=管理委员会$|管委会$|管理局$)/u, '经开区'],
  [/(?<=(?:新区|高新区|综保区|经开区|开发区|片区))管理委员会$/u, '管委会'],
];
const BARE_PARK_COMMITTEE = /^(高新区|经开区)(?:管委会|管理委员会)$/u;
// A level (区府办) or a place's name (江津区政府办), never a Party committee's (区委区府办).
const GOVERNMENT_OFFICE_SHORT = /^((?:[^委]{0,10}?)[省市区县])(?:人民)?(?:政府办|府办)$/u;
// The free-trade zone before an area's committee: 中国（四川）自由贸易试验区, 四川自贸试验区, 自贸试验区.
const FTZ_AREA_BODY = /^(?:中国（[\u3400-\u9fff]{2,3}）自由贸易试验区|[\u3400-\u9fff]{0,2}?(?:自贸试验区|自由贸易试验区))([\u3400-\u9fff]{2,10}片区)(?:管委会|管理委员会)$/u;
/**
 * The official names of a city's or district's office of the financial regulator and of the central bank, which 2024
 * notices print (国家金融监督管理总局泸州监管分局, 中国人民银行泸州市分行), and the short forms plans write
 * (泸州金融监管分局, 人行泸州市分行): `place` is a place's name or its bare stem, as the short form writes it.
 */
const SUB_OFFICE_OFFICIAL_FORMS: ReadonlyArray<{ pattern: RegExp; short: (place: string, office: string) => string }> = [
  { pattern: /^国家金融监督管理总局(.{2,8}?)监管(分局|支局)$/u, short: (place, office) => `${place}金融监管${office}` },
  { pattern: /^中国人民银行(.{2,8}?)(分行|中心支行|支行)$/u, short: (place, office) => `人行${place}${office}` },
];

/** 四川省港投集团 → 四川港投集团: a province's group under the province's short name (its alias), when what follows is no place. */
function provincialGroupShort(name: string, table: LineTable): string | undefined {
  for (const j of table.data.jurisdictions) {
    const short = isProvincial(j) ? j.aliases.find((a) => a === j.name.slice(0, -1)) : undefined;
    const rest = short === undefined || !name.startsWith(j.name) ? '' : name.slice(j.name.length);
    if (short !== undefined && /^[\u3400-\u9fff]{2,14}集团$/u.test(rest) && !startsWithPlace(rest, table)) return short + rest;
  }
  return undefined;
}

/** The short form of a sub-office's official name (SUB_OFFICE_OFFICIAL_FORMS), when it names a known place. */
function subOfficeShortForm(written: string, table: LineTable): string | undefined {
  for (const { pattern, short } of SUB_OFFICE_OFFICIAL_FORMS) {
    const m = pattern.exec(written);
    const place = m?.[1];
    if (m === null || place === undefined) continue;
    const known = table.data.jurisdictions.some((j) => j.level !== 'NATIONAL' && j.level !== 'REGION' && (j.name === place || j.markers.includes(place)));
    if (known) return short(place, m[2] as string);
  }
  return undefined;
}

/**
 * A district's department written another way than its name (重庆市沙坪坝区商务委员会 or 沙坪坝区发改委 for 沙坪坝区商务委 and
 * 沙坪坝区发展改革委; 成都市投促局 for 成都市投资促进局): the ending replaced as the data file says for the province or
 * municipality above, so that one department is one unit. Undefined when the name has no such ending.
 */
function byNameEnding(name: string, place: Jurisdiction, table: LineTable): string | undefined {
  const top = isProvincial(place) || place.level === 'NATIONAL' ? undefined : enclosingProvince(place, table);
  if (!top) return undefined;
  for (const [written, ending] of nameEndings(table).get(top.name) ?? []) {
    if (name.endsWith(written) && name.length > written.length) return name.slice(0, name.length - written.length) + ending;
  }
  return undefined;
}

/**
 * Per province or municipality, the endings written → the ending of the unit's name, longest first: those its own
 * official names show (商务委员会 → 商务委, from 重庆市商务委's official name), and those the data file lists for the places
 * below it (`lowerShortForms`: 发改委 → 发展改革委, 投促局 → 投资促进局, 卫生健康委员会 → 卫生健康委), whether the written
 * ending is the shorter or the longer.
 */
const nameEndings = perTable((table) => {
  const endings = new Map<string, Array<[string, string]>>();
  for (const [short, official] of Object.entries(table.data.officialNames)) {
    const top = table.data.jurisdictions.find((j) => isProvincial(j) && short.startsWith(j.name) && official.startsWith(j.name));
    if (!top) continue;
    const [formal, brief] = [official.slice(top.name.length), short.slice(top.name.length)];
    if (formal === brief || brief.length === 0) continue;
    endings.set(top.name, [...(endings.get(top.name) ?? []), [formal, brief]]);
  }
  for (const [top, forms] of Object.entries(table.data.lowerShortForms)) {
    endings.set(top, [...(endings.get(top) ?? []), ...Object.entries(forms)]);
  }
  for (const list of endings.values()) list.sort((a, b) => b[0].length - a[0].length);
  return endings;
});

/** Offices of a government keep the name they sign with (重庆市永川区人民政府办公室). */
const GOVERNMENT_LINE = 'government';

/**
 * The short form of a name written with the places above its own: 国家税务总局宜宾市税务局 → 宜宾市税务局 (a prefix the
 * data file lists in officialPrefixes, before a place), 重庆市江津区市场监管局 → 江津区市场监管局 and 四川省成都市双流区商务局 →
 * 双流区商务局 (a place written as the data file's alias that puts the places above it in front), so that one office
 * written both ways is one unit. Undefined when the name has no such form.
 */
export function withoutOuterPlaces(name: string, table: LineTable): string | undefined {
  let rest = name;
  const official = table.data.officialPrefixes.find((p) => rest.startsWith(p) && startsWithPlace(rest.slice(p.length), table));
  if (official !== undefined) rest = rest.slice(official.length);
  let longest: { alias: string; place: string } | undefined;
  for (const j of table.data.jurisdictions) {
    for (const alias of j.aliases) {
      // Only the aliases that are the place with its outer places (重庆市永川区) or spelled out (万盛经济技术开发区 for
      // 万盛经开区), not short ones (重庆 for 重庆市); 中华人民共和国 and 川渝两省市 stay as written.
      const longer = alias.endsWith(j.name) || (j.level !== 'NATIONAL' && j.level !== 'REGION');
      if (alias.length <= j.name.length || !longer || !rest.startsWith(alias) || rest.length === alias.length) continue;
      if (!longest || alias.length > longest.alias.length) longest = { alias, place: j.name };
    }
  }
  if (longest) rest = longest.place + rest.slice(longest.alias.length);
  return rest === name ? undefined : rest;
}

function startsWithPlace(text: string, table: LineTable): boolean {
  return table.data.jurisdictions.some((j) => j.level !== 'NATIONAL' && j.level !== 'REGION' && text.startsWith(j.name) && text.length > j.name.length);
}

export function unitKind(name: string, line: FunctionalLine | null, patternKind: UnitKind | undefined, table: LineTable): UnitKind {
  if (patternKind) return patternKind;
  if (line) return line.defaultKind;
  return table.data.kindRules.find((r) => matchesPattern(name, r))?.kind ?? 'LOCAL_GOVERNMENT_DEPARTMENT';
}

/**
 * Functional line, kind, jurisdiction and canonical name of one written unit of a list. `redirected`: the names this
 * look-up has already been sent on from (an official name to its canonical one, a long form to its short one), so that
 * a data file whose entries lead back to a name ends there instead of going round.
 */
export function classifyUnit(
  asWritten: string,
  listJurisdiction: Jurisdiction,
  table: LineTable = defaultLineTable(),
  extraJurisdictions?: readonly Jurisdiction[],
  redirected: ReadonlySet<string> = new Set(),
): ClassifiedUnit {
  const written = normalizeUnitName(asWritten);
  // A department of the central government (海关总署 in 重庆's list) is the country's, named as written: no 重庆市海关总署.
  const nationalLine = table.data.nationalBodies[written];
  const nation = nationalLine === undefined ? undefined : table.data.jurisdictions.find((j) => j.level === 'NATIONAL');
  if (nationalLine !== undefined && nation !== undefined) {
    return { written, name: written, jurisdiction: nation, line: table.lineByKey.get(nationalLine) ?? null, kind: 'CENTRAL_DEPARTMENT', basis: 'KEPT', warnings: [] };
  }
  const onward = (name: string): ClassifiedUnit | undefined =>
    redirected.has(name) ? undefined : { ...classifyUnit(name, listJurisdiction, table, extraJurisdictions, new Set([...redirected, written])), written };
  const warnings: string[] = [];
  // A town's or a street's government written in full (珞璜镇人民政府, 德感街道办事处) is the town or street as plans name it
  // (珞璜镇): one unit.
  const town = TOWN_GOVERNMENT.exec(written)?.[1];
  const asTown = town !== undefined ? onward(town) : undefined;
  if (asTown) return asTown;
  // 重庆市公安局渝北区分局 is the 渝北区公安分局 plans write (district tier, under 重庆市公安局): one unit, the long name its
  // official one.
  const branch = CITY_POLICE_BRANCH.exec(written);
  const branchPlace = branch ? table.jurisdictionByName.get(branch[2] as string) : undefined;
  const asBranch = branch && branchPlace?.parent === branch[1] ? onward(`${branch[2] as string}公安分局`) : undefined;
  if (asBranch) return { ...asBranch, officialName: asBranch.officialName ?? written };
  const subOffice = subOfficeShortForm(written, table);
  const asSubOffice = subOffice !== undefined ? onward(subOffice) : undefined;
  if (asSubOffice) return { ...asSubOffice, officialName: asSubOffice.officialName ?? written };
  // An area's managing committee written after its free-trade zone (自贸试验区川南临港片区管委会) is the one written
  // without it (川南临港片区管委会).
  const ftzArea = FTZ_AREA_BODY.exec(written);
  const asFtzArea = ftzArea ? onward(`${ftzArea[1] as string}管委会`) : undefined;
  if (asFtzArea) return asFtzArea;
  // 区府办, 区政府办: the government's general office as plans write it short (江津区政府办公室; 市府办 in 重庆's list is the
  // municipality's 办公厅, 重庆市人民政府办公厅).
  const generalOffice = GOVERNMENT_OFFICE_SHORT.exec(written)?.[1];
  const asOffice = generalOffice !== undefined ? onward(`${generalOffice}政府办公室`) : undefined;
  const asGeneralOffice = asOffice !== undefined && isProvincial(asOffice.jurisdiction) ? onward(`${generalOffice as string}政府办公厅`) : asOffice;
  if (asGeneralOffice) return asGeneralOffice;
  // A park's body written in full (永川高新技术产业开发区管理委员会, 泸州综合保税区管理局, 四川天府新区管理委员会) is the one
  // plans write short (永川高新区管委会, 泸州综保区管理局, 四川天府新区管委会), its full name the official one.
  const parkFull = PARK_BODY_FULL_FORMS.reduce((name, [full, short]) => name.replace(full, short), written);
  // 重庆江津综合保税区管理委员会, 重庆西永综合保税区管理委员会: the province before a place or landmark inside it is not written in
  // the short form (江津综保区管委会, 西永综保区管委会).
  const province = parkFull === written ? undefined : table.data.jurisdictions.find((j) => isProvincial(j) && parkFull.startsWith(j.name.slice(0, -1)));
  const inner = province?.name.slice(0, -1);
  const insidePlace =
    inner !== undefined &&
    (table.data.jurisdictions.some((j) => j.parent === province?.name && j.markers.some((m) => m !== inner && parkFull.startsWith(inner + m))) ||
      Object.entries(table.data.landmarks).some(([landmark, place]) => table.jurisdictionByName.get(place)?.parent === province?.name && parkFull.startsWith(inner + landmark)));
  const parkShort = insidePlace && inner !== undefined ? parkFull.slice(inner.length) : parkFull;
  const asParkShort = parkShort !== written ? onward(parkShort) : undefined;
  if (asParkShort) return { ...asParkShort, officialName: asParkShort.officialName ?? written };
  // 高新区管委会 alone in a list is the committee of its place's park of that kind (重庆高新区管委会 in 重庆's list, 璧山高新区管委会
  // in 璧山's), as 区商务委 is its place's: one node per park, not one for every place's.
  const bareParkKind = BARE_PARK_COMMITTEE.exec(written)?.[1];
  // Only a municipality, a city or a district of 重庆 has a park of its own of that name (四川's parks are its cities',
  // a 成都 district's its city's): elsewhere the form stays as written rather than name a park that may not exist.
  const parkPlace =
    listJurisdiction.level === 'MUNICIPALITY' ||
    listJurisdiction.level === 'CITY' ||
    (listJurisdiction.parent !== undefined && table.jurisdictionByName.get(listJurisdiction.parent)?.level === 'MUNICIPALITY');
  const parkStem = bareParkKind === undefined || !parkPlace ? undefined : listJurisdiction.markers.find((m) => m === listJurisdiction.name.slice(0, -1));
  const asPlacePark = bareParkKind !== undefined && parkStem !== undefined ? onward(`${parkStem}${bareParkKind}管委会`) : undefined;
  if (asPlacePark) return asPlacePark;
  // A place named alone as a responsible unit (（责任单位：泸州市、永川区、江津区）) is its government.
  const place = table.jurisdictionByName.get(written);
  const asGovernment = place !== undefined && place.level !== 'NATIONAL' && place.level !== 'REGION' ? onward(`${written}政府`) : undefined;
  if (asGovernment) return asGovernment;
  // A park area named alone (两江新区, 天府新区, 成都高新区, 川渝高竹新区) is its managing committee, as a place alone is its
  // government.
  const asCommittee = AREA_ALONE.test(written) ? onward(`${written}管委会`) : undefined;
  if (asCommittee) return asCommittee;
  // A body of an area both provinces run (川渝高竹新区税务局, …党工委管委会) is the area's, on the line its name says, with
  // no province's office above it.
  const area = isGenericUnit(written, table) ? undefined : jointAreaOf(written, table);
  if (area !== undefined) {
    const areaMatch = matchLine(area.name, table);
    const areaLine = areaMatch?.line ?? null;
    const areaWarnings = areaLine === null ? [`${area.name}: no functional line matches; add a pattern to data/functional-lines.json`] : [];
    // An area's working office (…联席会议办公室, …领导小组办公室) is an office, as the joint bodies are.
    const office = areaLine === null && /(?:办公室|领导小组|联席会议)$/u.test(area.name);
    const kind = office ? 'OFFICE' : unitKind(area.name, areaLine, areaMatch?.pattern.kind, table);
    return { written, name: area.name, jurisdiction: area.jurisdiction, line: areaLine, kind, basis: 'KEPT', warnings: office ? [] : areaWarnings };
  }
  // A body both provinces run (…联合办公室, …领导小组, 两省市联合办公室) is theirs together, a working body named as written
  // whichever side's list names it.
  const joint = jointBodyJurisdiction(written, table);
  const generic = joint === undefined && isGenericUnit(written, table);
  if (joint !== undefined) {
    return { written, name: written, jurisdiction: joint, line: matchLine(written, table)?.line ?? null, kind: 'OFFICE', basis: 'KEPT', warnings: [] };
  }
  // The written form decides the line: expansion only adds a jurisdiction in front, and prefix patterns (人行, 民航, 中铁) need the original start.
  const match = generic ? null : matchLine(written, table);
  // A division (市商务委自贸区处) is on its department's line.
  const line = match?.line ?? (generic ? undefined : departmentOf(written, table)?.line) ?? null;
  const kind: UnitKind = generic ? 'GENERIC' : unitKind(written, line, match?.pattern.kind, table);
  // Bodies that carry their own names (a customs office, a company, a station, a university) take no place in front.
  const selfNamed =
    !generic && (line?.vertical === true || line?.linkToParent === false || kind === 'STATE_OWNED_ENTERPRISE' || written.endsWith('站') || /(?:大学|学院)$/.test(written));
  const expansion = expandUnitName(written, listJurisdiction, {
    vertical: line?.vertical ?? false,
    generic,
    selfNamed,
    table,
    ...(extraJurisdictions ? { extraJurisdictions } : {}),
  });
  // A list that writes a unit's official or another full name (国家税务总局重庆市税务局, 重庆市地方金融监管局) names the
  // canonical unit, which keeps the written form as an alias.
  const canonical = table.canonicalByFullName.get(expansion.name) ?? table.canonicalByFullName.get(written);
  const viaCanonical = canonical !== undefined && !generic ? onward(canonical) : undefined;
  if (viaCanonical) return viaCanonical;
  const formal = generic || line === null || line.key === GOVERNMENT_LINE ? undefined : byNameEnding(expansion.name, expansion.jurisdiction, table);
  const viaFormal = formal !== undefined ? onward(formal) : undefined;
  if (viaFormal) return viaFormal;
  // 宜宾市人民政府 is 宜宾市政府, as plans write it as often: one node, its full name kept as the official one. So is
  // 重庆市荣昌区人民政府, the place written with the one it lies in (an alias of 荣昌区).
  const government = GOVERNMENT_FULL_FORM.exec(expansion.name);
  const governed = government !== null && (government[1] === expansion.jurisdiction.name || expansion.jurisdiction.aliases.includes(government[1] as string));
  const viaGovernment = governed && !generic ? onward(`${expansion.jurisdiction.name}政府`) : undefined;
  if (viaGovernment) return { ...viaGovernment, officialName: viaGovernment.officialName ?? expansion.name };
  // 宜宾中院, 宜宾市中院: the city's intermediate court, one node under its full name (宜宾市中级人民法院).
  const court = expansion.name.endsWith('中院') ? expansion.name.slice(0, -2) : undefined;
  const viaCourt =
    court !== undefined && !generic && expansion.jurisdiction.level === 'CITY' && [expansion.jurisdiction.name, ...expansion.jurisdiction.markers].includes(court)
      ? onward(`${expansion.jurisdiction.name}中级人民法院`)
      : undefined;
  if (viaCourt) return viaCourt;
  const judicial = JUDICIAL_FULL_FORM.exec(expansion.name);
  const viaJudicial = judicial && !generic ? onward(`${judicial[1]}${judicial[2]}`) : undefined;
  if (viaJudicial) return viaJudicial;
  const short = generic || line?.key === GOVERNMENT_LINE ? undefined : withoutOuterPlaces(written, table);
  const viaShort = short !== undefined ? onward(short) : undefined;
  if (viaShort) return viaShort;
  // 省港投集团 in 四川's list is 四川港投集团, as plans write a province's group: one company, one node.
  const group = kind === 'STATE_OWNED_ENTERPRISE' ? provincialGroupShort(expansion.name, table) : undefined;
  const viaGroup = group !== undefined ? onward(group) : undefined;
  if (viaGroup) return viaGroup;
  if (expansion.warning) warnings.push(expansion.warning);
  if (!generic && !line) warnings.push(`${expansion.name}: no functional line matches; add a pattern to data/functional-lines.json`);
  const officialName = table.data.officialNames[expansion.name];
  return {
    written,
    name: expansion.name,
    jurisdiction: expansion.jurisdiction,
    line,
    kind,
    basis: expansion.basis,
    ...(officialName !== undefined ? { officialName } : {}),
    warnings,
  };
}
